package id.akuntara.tenant.kabupaten;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** A level plugin depends on the JDK and the contract only (architecture.md: "tenant-… — spi only"). */
class KabupatenPluginArchitectureTest {

    private static final JavaClasses KELAS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.akuntara.tenant.kabupaten");

    @Test
    void pluginHanyaBergantungPadaJdkDanSpi() {
        classes().that().resideInAPackage("id.akuntara.tenant.kabupaten..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("id.akuntara.tenant.kabupaten..", "id.akuntara.spi..", "java..")
                .check(KELAS);
    }
}
