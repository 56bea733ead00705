package id.akuntara.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The CLI works without a server or a database (architecture.md: cli depends on core's calculation
 * and import code only): no application services, no persistence, no Jakarta EE.
 */
class CliArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.akuntara.cli");

    @Test
    void cliTanpaServerDanBasisData() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("id.akuntara.core.infrastructure..",
                "id.akuntara.core.application..", "id.akuntara.core.tenancy..", "jakarta..", "org.hibernate..",
                "java.sql..").check(CLI);
    }
}
