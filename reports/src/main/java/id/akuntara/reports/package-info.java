/**
 * Reports rendered from the read model: the annual performance report (LKjIP / LKIP / LAKIP) of a pemda-year and
 * the year's Perjanjian Kinerja documents, as PDF (embedded DejaVu fonts), DOCX or XLSX, in Bahasa Indonesia or
 * English. Entry point: {@link id.akuntara.reports.LayananLaporan}.
 *
 * <p>Rule: no figure is computed here or in a template. Every capaian, serapan, predikat and count is the
 * measurement service's ({@code core.pengukuran.LayananPengukuran}) {@code tampil} string; this package only lays
 * them out, formats amounts of the data (Rupiah, {@code AngkaFormatter}) and words ({@code TerbilangFormatter}).
 * Templates never open a JDBC connection: they receive map-backed data sources built from {@link BahanLaporan}.
 */
package id.akuntara.reports;
