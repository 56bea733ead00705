/**
 * The Perjanjian Kinerja use cases ({@link id.akuntara.core.application.perjanjian.PerjanjianKinerjaService}): list
 * and read the current pemda's PKs, derive a child PK from its parent, edit a draft, check the cascade, sign, and
 * write a PK Perubahan; with their record DTOs (inputs as the caller wrote them, Rupiah and targets in Indonesian
 * notation; outputs with exact numbers beside the text a person reads).
 *
 * <p>Used by {@code web} (REST {@code /api/v1/perjanjian-kinerja}) and any other caller of the application API
 * (pages, imports); every use case checks its roles itself ({@code Akses.wajib}). The implementation goes through the
 * domain repositories and reuses the package checks of {@code core.kualitas} for the cascade.
 */
package id.akuntara.core.application.perjanjian;
