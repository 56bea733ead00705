/**
 * {@code /api/v1/perjanjian-kinerja}: the Perjanjian Kinerja of the caller's pemda over core's use cases
 * (PerjanjianKinerjaService): list by year and unit, read one, derive a child PK from its parent, edit a draft, the
 * cascade check, signing and the PK Perubahan. Request and answer bodies are core's record DTOs, bound by JSON-B.
 */
package id.akuntara.web.rest.perjanjian;
