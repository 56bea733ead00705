/**
 * The adapter of core's user directory port ({@code DirektoriPengguna}) on Keycloak's admin REST API, through
 * {@code keycloak-admin-client} and the service-account client {@code akuntara-admin} of realm {@code akuntara}.
 * Nothing outside this package names a Keycloak type. Inside WildFly the admin client runs on the server's own
 * RESTEasy client (module dependencies in the EAR's jboss-deployment-structure.xml) with this package's JSON provider
 * ({@link id.akuntara.keycloak.JsonKeycloak}); its RESTEasy, Jackson and jakarta.ws.rs are not packaged.
 */
package id.akuntara.keycloak;
