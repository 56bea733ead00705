package id.akuntara.cli;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.akuntara.core.calc.CapaianCalculator;
import id.akuntara.core.domain.pengukuran.SnapshotKinerja;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
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

    /** The engine's calculators and the stored capaian entity: figures come from core.pengukuran instead. */
    static final DescribedPredicate<JavaClass> KALKULATOR_ATAU_HASIL_CAPAIAN =
            resideInAPackage("id.akuntara.core.calc..").and(simpleNameEndingWith("Calculator"))
                    .or(type(SnapshotKinerja.class))
                    .as("core.calc calculators or the stored snapshot entity SnapshotKinerja");

    /**
     * The CLI reaches figures only through the measurement service and its read model (LayananPengukuran,
     * KinerjaTahunan), so that it shows what the server shows. One exception: {@code akuntara hitung capaian} is the
     * single-figure calculator command (a target and a realisasi typed on the command line, no pemda, no data), so
     * {@link HitungCapaianCommand} calls {@link CapaianCalculator} itself, and nothing else of the kind.
     */
    @Test
    void angkaHanyaLewatLayananPengukuran() {
        noClasses().should().dependOnClassesThat(KALKULATOR_ATAU_HASIL_CAPAIAN.and(not(type(CapaianCalculator.class))))
                .check(CLI);
        noClasses().that().doNotBelongToAnyOf(HitungCapaianCommand.class)
                .should().dependOnClassesThat(type(CapaianCalculator.class))
                .because("only the single-figure calculator command 'hitung capaian' may call the calculator itself")
                .check(CLI);
    }
}
