package id.akuntara.core.plugin;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The plugin registry stays plain Java with a thin CDI wrapper ({@code core.plugin.cdi}), never depends on the web
 * layer, and knows plugins only through the contract.
 */
class PluginArchitectureTest {

    private static final JavaClasses KELAS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.akuntara.core");

    @Test
    void pluginTidakBergantungPadaWeb() {
        noClasses().that().resideInAPackage("id.akuntara.core.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("id.akuntara.web..")
                .check(KELAS);
    }

    @Test
    void registriTanpaJakartaDanHibernate() {
        noClasses().that().resideInAPackage("id.akuntara.core.plugin")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.hibernate..")
                .check(KELAS);
    }

    @Test
    void pluginHanyaDikenalLewatKontrak() {
        noClasses().that().resideInAPackage("id.akuntara.core..")
                .should().dependOnClassesThat().resideInAnyPackage("id.akuntara.tenant..")
                .check(KELAS);
    }
}
