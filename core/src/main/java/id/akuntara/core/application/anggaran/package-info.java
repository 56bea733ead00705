/**
 * The budget use cases (Anggaran): the tree program → kegiatan → sub-kegiatan of a year with pagu murni and
 * perubahan, realisasi per triwulan and serapan from the measurement service, the links to sasaran, creating and
 * editing a line (Permendagri 90/2019 codes checked), and entering a quarter's realisation.
 *
 * <p>The application API for {@code web} (REST, pages) and imports: {@link id.akuntara.core.application.anggaran.AnggaranService}
 * with its record DTOs; every use case checks its roles ({@code Akses.wajib}) and refuses with the
 * {@code core.galat} exceptions.
 */
package id.akuntara.core.application.anggaran;
