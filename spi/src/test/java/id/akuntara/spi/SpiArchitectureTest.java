package id.akuntara.spi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The contract module depends on the JDK only (architecture.md, table Modules: "spi — JDK only"). */
class SpiArchitectureTest {

    private static final JavaClasses KELAS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.akuntara.spi");

    @Test
    void spiHanyaBergantungPadaJdk() {
        classes().that().resideInAPackage("id.akuntara.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("id.akuntara.spi..", "java..")
                .check(KELAS);
    }
}
