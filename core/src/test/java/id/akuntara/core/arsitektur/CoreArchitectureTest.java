package id.akuntara.core.arsitektur;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The arrows of architecture.md inside and out of {@code core}: core knows no module that depends
 * on it (web, reports, cli, launcher) and no plugin implementation (only the spi); the domain model
 * does not reach into infrastructure or application services.
 */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.akuntara.core");

    @Test
    void coreTidakBergantungPadaModulDiAtasnya() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("id.akuntara.web..", "id.akuntara.reports..",
                "id.akuntara.cli..", "id.akuntara.launcher..", "id.akuntara.tenant..").check(CORE);
    }

    @Test
    void coreTidakMemakaiApiKhususServer() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.wildfly..", "org.jboss..", "io.undertow..")
                .check(CORE);
    }

    @Test
    void modelDomainTidakBergantungPadaInfrastrukturAtauLayanan() {
        noClasses().that().resideInAPackage("id.akuntara.core.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("id.akuntara.core.infrastructure..",
                        "id.akuntara.core.application..")
                .check(CORE);
    }

    /**
     * The measurement service, the package format and the quality checks run alike in the server and in the CLI
     * (docs/architecture.md, one measurement path): pure Java, no infrastructure, Jakarta EE or Hibernate.
     */
    @Test
    void pengukuranPaketDanKualitasMurniJava() {
        noClasses().that().resideInAnyPackage("id.akuntara.core.pengukuran..", "id.akuntara.core.paket..",
                        "id.akuntara.core.kualitas..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "jakarta..", "org.hibernate..")
                .check(CORE);
    }
}
