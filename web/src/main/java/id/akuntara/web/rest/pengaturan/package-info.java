/**
 * {@code /api/v1/pengaturan}: the caller's pemda's own settings (issue 13, point 3) over core's
 * {@code PengaturanService} — target source, predikat scale, rounding, capping, blank policy, report name, head of
 * region, logo — and {@code /api/v1/pengaturan/sumber-target}, the target source alone ({@code SumberTargetService}).
 */
package id.akuntara.web.rest.pengaturan;
