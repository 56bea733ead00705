package id.akuntara.core.application.rencana;

/**
 * What a caller sends to write a Renstra (JSON bodies). Every field may be missing: the use case checks them all and
 * lists every invalid one at once. Numbers are text in Indonesian notation ("81,65", "1.234,5"); {@code versi} is
 * the version of the Renstra the caller edited.
 */
public final class IsianRenstra {

    private IsianRenstra() {
    }

    /** A new Renstra (draft) for a period. {@code rpjmd} and {@code unit} are codes, optional. */
    public record Baru(String kode, String nama, Integer tahunMulai, Integer tahunSelesai, String rpjmd, String unit,
            String dasarHukum) {
    }

    /** A Perubahan Renstra: the new version's code, name (default: the old one's) and the reason. */
    public record Perubahan(String kode, String nama, String alasan, Long versi) {
    }

    /** Adoption of a draft: the date (ISO-8601, optional) and legal basis (optional). */
    public record Penetapan(String ditetapkan, String dasarHukum, Long versi) {
    }

    /** A goal; on a change the code comes from the address. */
    public record Tujuan(String kode, String teks, Long versi) {
    }

    /** An objective under goal {@code tujuan}; on a change the code comes from the address. */
    public record Sasaran(String kode, String teks, String tujuan, Long versi) {
    }

    /**
     * An indicator under exactly one of goal {@code tujuan} or objective {@code sasaran}; on a change the code comes
     * from the address. {@code polaritas}: {@code NAIK}/{@code TURUN} (any case); {@code jenis}: an indicator kind;
     * {@code desimal}: 0–6, default 2.
     */
    public record Indikator(String kode, String nama, String satuan, String formula, String polaritas, String jenis,
            Integer desimal, String tujuan, String sasaran, String unitPenanggungJawab, KondisiAwal kondisiAwal,
            String sumberData, Long versi) {
    }

    /** The baseline: year, value (Indonesian notation) and label as printed. */
    public record KondisiAwal(Integer tahun, String nilai, String label) {
    }

    /** A target of one year and source (both in the address): value, optional upper bound, label, unit. */
    public record Target(String nilai, String nilaiAtas, String label, String satuan, Long versi) {
    }
}
