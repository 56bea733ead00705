/** The pemda registry for the platform's admin: list and onboarding ({@code /api/v1/pemda}, issue 13 point 4). */
package id.akuntara.web.rest.pemda;
