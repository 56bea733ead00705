/**
 * Onboarding a new pemda by the platform's admin (issue 13 point 4): the registry row, its settings from its level
 * plugin, its Keycloak organization and its first admin, all or nothing; the list of registered pemda.
 */
package id.akuntara.core.application.pemda;
