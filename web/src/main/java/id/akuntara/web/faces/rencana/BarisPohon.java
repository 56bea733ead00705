package id.akuntara.web.faces.rencana;

import id.akuntara.core.application.rencana.PohonRenstra;

import java.io.Serializable;

/**
 * One row of the Renstra tree table: a goal ({@code TUJUAN}), an objective ({@code SASARAN}) or an indicator
 * ({@code INDIKATOR}) with the indicator's record from the use case, as {@code RenstraService#pohon} gives it.
 */
public final class BarisPohon implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String jenis;
    private final String kode;
    private final String teks;
    private final String tujuan;
    private final String sasaran;
    private final transient PohonRenstra.Indikator indikator;

    BarisPohon(String jenis, String kode, String teks, String tujuan, String sasaran, PohonRenstra.Indikator indikator) {
        this.jenis = jenis;
        this.kode = kode;
        this.teks = teks;
        this.tujuan = tujuan;
        this.sasaran = sasaran;
        this.indikator = indikator;
    }

    public String getJenis() {
        return jenis;
    }

    public String getKode() {
        return kode;
    }

    public String getTeks() {
        return teks;
    }

    /** The goal the row hangs under (directly or through its objective); null for a goal. */
    public String getTujuan() {
        return tujuan;
    }

    /** The objective an indicator hangs under; null for a goal-level indicator. */
    public String getSasaran() {
        return sasaran;
    }

    public boolean isIndikatorBaris() {
        return indikator != null;
    }

    public PohonRenstra.Indikator getIndikator() {
        return indikator;
    }

    /** Whether the indicator is in one of the pemda's IKU sets. */
    public boolean isIku() {
        return indikator != null && "IKU".equals(indikator.kelompok());
    }

    /** The targets of one year of the period, null for a goal or objective. */
    public PohonRenstra.TargetTahun target(int tahun) {
        if (indikator == null) {
            return null;
        }
        return indikator.target().stream().filter(t -> t.tahun() == tahun).findFirst().orElse(null);
    }

    /** The target of one year from one source, null when that source has none. */
    public PohonRenstra.TargetSumber sumber(int tahun, String sumber) {
        PohonRenstra.TargetTahun t = target(tahun);
        return t == null ? null : t.sumber().stream().filter(s -> s.sumber().equals(sumber)).findFirst().orElse(null);
    }
}
