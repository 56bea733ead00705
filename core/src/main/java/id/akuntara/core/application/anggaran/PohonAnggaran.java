package id.akuntara.core.application.anggaran;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.pengukuran.Angka;

import java.math.BigDecimal;
import java.util.List;

/**
 * The budget of a pemda-year as a tree, program → kegiatan → sub-kegiatan (2020 data: program → kegiatan). Pagu in
 * force, realisasi and serapan of every node are the measurement service's (a parent's rolled up from its children,
 * ratio of sums; docs/calculations.md §5), each serapan with the id of its trace; pagu murni, perubahan and the
 * quarters are the stored values.
 *
 * @param pemda          the pemda's code
 * @param tahun          the year
 * @param asal           {@code snapshot} when the year is fixed (figures from its snapshot), else {@code langsung}
 * @param terkunci       whether the year is fixed: its budget can no longer change
 * @param ditetapkanPada when the year was fixed (ISO-8601), null while open
 * @param program        the top lines with their subtrees, by code
 * @param total          the pemda's total over the top lines; null when the year has no budget
 * @param tanpaKaitan    codes of the lines linked to no sasaran or indicator (allowed, and shown as such)
 */
public record PohonAnggaran(String pemda, int tahun, String asal, boolean terkunci, String ditetapkanPada,
        List<Simpul> program, Jumlah total, List<String> tanpaKaitan) {

    public PohonAnggaran {
        program = List.copyOf(program);
        tanpaKaitan = List.copyOf(tanpaKaitan);
    }

    /**
     * One line.
     *
     * @param id                its id (for editing, history)
     * @param versi             the version to send back when editing
     * @param induk             the parent's id, null for a program
     * @param unit              the owning unit's code
     * @param pagu              the pagu serapan is measured against (perubahan when present; a parent's, its children's sum)
     * @param realisasi         the realisation (a parent's, its children's sum when all have one)
     * @param realisasiTriwulan the four quarters as recorded (a blank quarter has {@code realisasi} null)
     * @param serapan           realisasi / pagu × 100 with its trace id
     * @param sasaran           the sasaran the line supports
     * @param indikator         the indicators the line supports
     * @param anak              the children, by code
     */
    public record Simpul(String id, long versi, String kode, String kodePermendagri, String tingkat, String nama,
            String induk, String unit, String indikatorKeluaran, Rupiah paguMurni, Rupiah paguPerubahan, Rupiah pagu,
            Rupiah realisasi, List<Triwulan> realisasiTriwulan, Angka serapan, List<Terkait> sasaran,
            List<Terkait> indikator, List<Simpul> anak) {

        public Simpul {
            realisasiTriwulan = List.copyOf(realisasiTriwulan);
            sasaran = List.copyOf(sasaran);
            indikator = List.copyOf(indikator);
            anak = List.copyOf(anak);
        }
    }

    /** An amount: the exact number and as a person reads it ("Rp 1.234.567,89"). */
    public record Rupiah(BigDecimal nilai, String tampil) {

        /** Null for a blank: a missing amount is never a zero. */
        public static Rupiah dari(BigDecimal nilai) {
            return nilai == null ? null : new Rupiah(nilai, AngkaFormatter.formatRupiah(nilai));
        }
    }

    /** One quarter's realisation (not cumulative); {@code realisasi} null while not recorded. */
    public record Triwulan(int triwulan, Rupiah realisasi) {
    }

    /** A linked sasaran or indicator. */
    public record Terkait(String id, String kode, String nama) {
    }

    /** The pemda's total of the year. */
    public record Jumlah(Rupiah paguMurni, Rupiah paguPerubahan, Rupiah pagu, Rupiah realisasi, Angka serapan) {
    }
}
