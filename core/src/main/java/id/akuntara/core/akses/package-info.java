/**
 * Roles and the role check shared by the REST resources, the pages and the application services: deny by default,
 * every use case names the roles that may run it.
 */
package id.akuntara.core.akses;
