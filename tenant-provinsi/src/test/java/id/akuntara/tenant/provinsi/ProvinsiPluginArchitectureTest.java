package id.akuntara.tenant.provinsi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** A level plugin depends on the JDK and the contract only (architecture.md: "tenant-… — spi only"). */
class ProvinsiPluginArchitectureTest {

    private static final JavaClasses KELAS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.akuntara.tenant.provinsi");

    @Test
    void pluginHanyaBergantungPadaJdkDanSpi() {
        classes().that().resideInAPackage("id.akuntara.tenant.provinsi..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("id.akuntara.tenant.provinsi..", "id.akuntara.spi..", "java..")
                .check(KELAS);
    }
}
