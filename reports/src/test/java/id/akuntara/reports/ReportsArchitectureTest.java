package id.akuntara.reports;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * docs/architecture.md: reports render from the read model only. No database (no JDBC, JPA or core's
 * infrastructure), and no calculator of the engine: every figure is the measurement service's.
 */
class ReportsArchitectureTest {

    private static final JavaClasses REPORTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.akuntara.reports");

    @Test
    void tanpaBasisData() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "jakarta.persistence..",
                "org.hibernate..", "id.akuntara.core.infrastructure..").check(REPORTS);
    }

    @Test
    void angkaDariReadModelBukanKalkulator() {
        noClasses().should().dependOnClassesThat(resideInAPackage("id.akuntara.core.calc..")
                .and(simpleNameEndingWith("Calculator"))).check(REPORTS);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
                "id.akuntara.core.pengukuran.LayananPengukuran").check(REPORTS);
    }
}
