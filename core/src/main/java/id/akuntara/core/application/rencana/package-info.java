/**
 * Use cases of the plan (issue 10 point 1): the Renstra versions and their tree (tujuan → sasaran → indikator with
 * targets per year and per source, the authoritative one marked), drafts and Perubahan Renstra, adoption, the IKU
 * choice and the pemda's authoritative target source. Interfaces ({@link RenstraService}, {@link IkuService},
 * {@link SumberTargetService}), record DTOs, and implementations over the repositories that check the roles
 * themselves ({@code Akses.wajib}).
 *
 * <p>Used by {@code web} (REST {@code rest/rencana}); may use the domain, the measurement's target rule
 * ({@code KandidatTarget}), the calculation formatting and the tenancy of the request.
 */
package id.akuntara.core.application.rencana;
