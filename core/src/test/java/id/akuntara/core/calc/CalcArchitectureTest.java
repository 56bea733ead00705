package id.akuntara.core.calc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calculation engine stays pure Java (architecture.md: "…core.calc, pure Java: no jakarta.*, no Hibernate"). */
class CalcArchitectureTest {

    private static final JavaClasses KELAS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.akuntara.core");

    @Test
    void calcDependsOnNoJakartaNorHibernate() {
        noClasses().that().resideInAPackage("id.akuntara.core.calc..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "org.hibernate..")
                .check(KELAS);
    }

    @Test
    void calcDependsOnlyOnItselfAndTheJdkSoNotOnReviu() {
        classes().that().resideInAPackage("id.akuntara.core.calc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("id.akuntara.core.calc..", "java..")
                .check(KELAS);
    }

    @Test
    void reviuDependsOnNoJakartaNorHibernate() {
        noClasses().that().resideInAPackage("id.akuntara.core.reviu..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "org.hibernate..")
                .allowEmptyShould(true)
                .check(KELAS);
    }
}
