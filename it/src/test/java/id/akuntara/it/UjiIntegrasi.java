package id.akuntara.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test against the deployed EAR: PostgreSQL and Keycloak first
 * ({@link PlatformExtension}), then WildFly through Arquillian's managed container.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PlatformExtension.class)
@ExtendWith(ArquillianExtension.class)
public @interface UjiIntegrasi {
}
