package id.akuntara.web.rest.anggaran;

import id.akuntara.core.application.anggaran.IsianPos;
import id.akuntara.core.application.anggaran.IsianPosBaru;
import id.akuntara.core.application.anggaran.IsianRealisasi;

import java.util.List;

/**
 * The request bodies of {@link AnggaranResource}, bound by JSON-B. Amounts are strings in Indonesian notation
 * ("1.234.567,89"); every field is optional here, so that the use case can list every missing or invalid one at once
 * (422).
 */
public final class IsianJson {

    private IsianJson() {
    }

    /** {@code POST /anggaran/pos}. */
    public record PosBaru(Integer tahun, String tingkat, String induk, String kode, String kodePermendagri, String nama,
            String unit, String indikatorKeluaran, String paguMurni, String paguPerubahan, List<String> sasaran) {

        static IsianPosBaru isian(PosBaru j) {
            return j == null ? null : new IsianPosBaru(j.tahun, j.tingkat, j.induk, j.kode, j.kodePermendagri, j.nama, j.unit,
                    j.indikatorKeluaran, j.paguMurni, j.paguPerubahan, j.sasaran);
        }
    }

    /** {@code PUT /anggaran/pos/{id}}. */
    public record Pos(Long versi, String nama, String kodePermendagri, String unit, String indikatorKeluaran,
            String paguMurni, String paguPerubahan, List<String> sasaran) {

        static IsianPos isian(Pos j) {
            return j == null ? null : new IsianPos(j.versi, j.nama, j.kodePermendagri, j.unit, j.indikatorKeluaran,
                    j.paguMurni, j.paguPerubahan, j.sasaran);
        }
    }

    /** {@code PUT /anggaran/pos/{id}/realisasi/{triwulan}}. */
    public record Realisasi(Long versi, String nilai) {

        static IsianRealisasi isian(Realisasi j) {
            return j == null ? null : new IsianRealisasi(j.versi, j.nilai);
        }
    }
}
