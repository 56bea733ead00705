/**
 * The history use case: for any record of the caller's pemda, who changed what and when (Hibernate Envers), for
 * {@code admin-pemda} and {@code verifikator}.
 *
 * <p>The application API for {@code web}: {@link id.akuntara.core.application.riwayat.RiwayatService} and its record
 * DTOs.
 */
package id.akuntara.core.application.riwayat;
