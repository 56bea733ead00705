/**
 * Authentication glue of the web layer: the user filter, logout and the roles.
 *
 * <p>Web layer only.
 */
package id.akuntara.web.security;
