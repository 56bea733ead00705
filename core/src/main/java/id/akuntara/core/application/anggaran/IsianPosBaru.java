package id.akuntara.core.application.anggaran;

import java.util.List;

/**
 * A new budget line as the caller sends it; every field is checked and every invalid one is reported at once.
 *
 * @param tahun            budget year
 * @param tingkat          PROGRAM, KEGIATAN or SUB_KEGIATAN ({@code sub-kegiatan} accepted)
 * @param induk            id of the parent line (a kegiatan's program, a sub-kegiatan's kegiatan); none for a program
 * @param kode             the pemda's own code, unique across years; when absent, {@code <tahun>-<kodePermendagri>}
 * @param kodePermendagri  Permendagri 90/2019 code, optional; its shape is checked against the level and it must
 *                         extend the parent's code
 * @param nama             name
 * @param unit             code of the owning organisation unit, optional
 * @param indikatorKeluaran output/outcome indicator text, optional
 * @param paguMurni        original budget, Rupiah in Indonesian notation ("1.234.567,89")
 * @param paguPerubahan    revised budget, optional, same notation
 * @param sasaran          ids of the sasaran the line supports, optional
 */
public record IsianPosBaru(Integer tahun, String tingkat, String induk, String kode, String kodePermendagri, String nama,
        String unit, String indikatorKeluaran, String paguMurni, String paguPerubahan, List<String> sasaran) {
}
