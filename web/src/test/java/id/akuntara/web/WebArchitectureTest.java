package id.akuntara.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaMethod;
import id.akuntara.core.domain.pengukuran.SnapshotKinerja;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The web module's arrows (architecture.md: web uses core's application API, never its
 * infrastructure) and deny-by-default: every REST method states who may call it.
 */
class WebArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.akuntara.web");

    private static final List<Class<? extends Annotation>> HTTP_METHOD =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    @Test
    void webTidakMenyentuhInfrastrukturCore() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("id.akuntara.core.infrastructure..",
                "jakarta.persistence..", "org.hibernate..", "java.sql..").check(WEB);
    }

    /**
     * Screens and the API reach figures only through the measurement service and its read model (LayananPengukuran,
     * KinerjaTahunan): never a core.calc calculator, never the stored snapshot entity SnapshotKinerja (read it through PengukuranService).
     */
    @Test
    void angkaHanyaLewatLayananPengukuran() {
        noClasses().should().dependOnClassesThat(resideInAPackage("id.akuntara.core.calc..")
                        .and(simpleNameEndingWith("Calculator")).or(type(SnapshotKinerja.class))
                        .as("core.calc calculators or the stored snapshot entity SnapshotKinerja"))
                .check(WEB);
    }

    @Test
    void setiapMetodeRestMenyatakanPeranYangBoleh() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .and(new com.tngtech.archunit.base.DescribedPredicate<JavaMethod>("are HTTP methods") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return HTTP_METHOD.stream().anyMatch(method::isAnnotatedWith);
                    }
                })
                .should(new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean declared = method.isAnnotatedWith(RolesAllowed.class) || method.isAnnotatedWith(PermitAll.class)
                                || method.isAnnotatedWith(DenyAll.class);
                        if (!declared) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " tidak menyatakan peran (deny-by-default)"));
                        }
                    }
                })
                .check(WEB);
    }
}
