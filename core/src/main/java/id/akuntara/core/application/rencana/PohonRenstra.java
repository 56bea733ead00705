package id.akuntara.core.application.rencana;

import java.math.BigDecimal;
import java.util.List;

/**
 * A Renstra's tree: tujuan → sasaran → indikator, each indicator with its targets per year of the period and per
 * source. For a draft it is the working copy; for a replaced version the tree as it stood when it was replaced; for
 * the version in force the plan's records. Targets of the Renstra's own sources (RENSTRA, IKU) come from that tree;
 * those of other documents (RPJMD, PK, PK Perubahan) are the stored ones, by indicator code.
 *
 * @param renstra               the version
 * @param sumberTargetBerwenang the pemda's authoritative target source (its setting)
 * @param tujuan                the goals, by code
 */
public record PohonRenstra(RingkasanRenstra renstra, String sumberTargetBerwenang, List<Tujuan> tujuan) {

    /** A goal with its own indicators and its objectives. {@code misi}: number of the RPJMD misi it serves. */
    public record Tujuan(String kode, String teks, Integer misi, List<Indikator> indikator, List<Sasaran> sasaran) {
    }

    public record Sasaran(String kode, String teks, List<Indikator> indikator) {
    }

    /**
     * An indicator.
     *
     * @param polaritas           {@code NAIK} (higher is better) or {@code TURUN}
     * @param jenis               kind ({@code RASIO}, {@code RATA_RATA_CAPAIAN}, …)
     * @param formula             the formula or definition as printed
     * @param sumberData          where the figure comes from (and notes on it)
     * @param kelompok            {@code IKU} when the indicator is in one of the pemda's IKU sets, else {@code IKD}
     * @param iku                 codes of the IKU sets it is in
     * @param anggotaKomposit     members of a composite indicator (indicators or units, with weight)
     * @param target              one entry per year of the Renstra period
     */
    public record Indikator(String kode, String nama, String satuan, String polaritas, String jenis, int desimal,
            String formula, String sumberData, String unitPenanggungJawab, KondisiAwal kondisiAwal, String kelompok,
            List<String> iku, List<AnggotaKomposit> anggotaKomposit, List<TargetTahun> target) {
    }

    /** The baseline: year, value ({@code tampil} in Indonesian notation) and label as printed. */
    public record KondisiAwal(Integer tahun, BigDecimal nilai, String tampil, String label) {
    }

    public record AnggotaKomposit(String indikator, String unit, BigDecimal bobot) {
    }

    /**
     * The targets of one year.
     *
     * @param berwenang the target the measurement takes (the pemda's source, else the first fallback that has one);
     *                  null when no source has one
     * @param berbeda   whether the sources give different values (Klungkung 2020 RCS-EP: Renstra and PK Perubahan 90,
     *                  IKU 95)
     * @param sumber    every source's target, the authoritative one marked
     */
    public record TargetTahun(int tahun, TargetSumber berwenang, boolean berbeda, List<TargetSumber> sumber) {
    }

    /**
     * A target from one source.
     *
     * @param sumber              RPJMD, RENSTRA, IKU, PK, PK_PERUBAHAN
     * @param asal                where it is written: the source, or "PK PK-2020-SETDA-P" for a PK row
     * @param nilai               value (lower bound of a range), null when only a label is printed
     * @param nilaiAtas           upper bound of a range, else null
     * @param tampil              the value in Indonesian notation ("3,4", "10–20"), or the quoted label
     * @param berwenang           whether this is the target the measurement takes
     * @param samaDenganBerwenang whether its value equals the authoritative one
     * @param dapatDiubah         whether it may be changed in this Renstra (a draft's RENSTRA and IKU targets)
     */
    public record TargetSumber(String sumber, String asal, BigDecimal nilai, BigDecimal nilaiAtas, String tampil,
            String label, String satuan, boolean berwenang, boolean samaDenganBerwenang, boolean dapatDiubah) {
    }
}
