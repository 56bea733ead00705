package id.akuntara.web.faces.rencana;

import id.akuntara.core.application.rencana.IsianRenstra;
import id.akuntara.core.application.rencana.PohonRenstra;

import java.io.Serializable;

/**
 * The fields of an indicator being edited in a draft: name, unit, polarity and baseline as the user types them; the
 * fields the page does not show (kind, decimals, formula, data source, unit in charge, where it hangs) are sent back
 * as they are, since the use case takes the indicator whole.
 */
public final class SuntinganIndikator implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kode;
    private String nama;
    private String satuan;
    private String polaritas;
    private String kaTahun;
    private String kaNilai;
    private String kaLabel;
    private String jenis;
    private int desimal;
    private String formula;
    private String sumberData;
    private String unit;
    private String tujuan;
    private String sasaran;

    static SuntinganIndikator dari(BarisPohon b) {
        PohonRenstra.Indikator i = b.getIndikator();
        SuntinganIndikator s = new SuntinganIndikator();
        s.kode = i.kode();
        s.nama = i.nama();
        s.satuan = i.satuan();
        s.polaritas = i.polaritas();
        if (i.kondisiAwal() != null) {
            s.kaTahun = i.kondisiAwal().tahun() == null ? null : String.valueOf(i.kondisiAwal().tahun());
            s.kaNilai = i.kondisiAwal().tampil();
            s.kaLabel = i.kondisiAwal().label();
        }
        s.jenis = i.jenis();
        s.desimal = i.desimal();
        s.formula = i.formula();
        s.sumberData = i.sumberData();
        s.unit = i.unitPenanggungJawab();
        // where it hangs, unchanged: its objective, else its goal
        s.sasaran = b.getSasaran();
        s.tujuan = s.sasaran == null ? b.getTujuan() : null;
        return s;
    }

    IsianRenstra.Indikator isian(long versi) {
        Integer tahun = null;
        boolean tahunSah = true;
        if (kaTahun != null && !kaTahun.isBlank()) {
            try {
                tahun = Integer.valueOf(kaTahun.strip());
            } catch (NumberFormatException e) {
                tahunSah = false;
            }
        }
        if (!tahunSah) {
            throw new id.akuntara.core.galat.ValidasiGagalException(java.util.List.of(new id.akuntara.core.galat.GalatIsian(
                    "kondisiAwal.tahun", kaTahun, "Tahun harus empat angka.", "The year must be four digits.")));
        }
        IsianRenstra.KondisiAwal ka = new IsianRenstra.KondisiAwal(tahun, kaNilai, kaLabel);
        return new IsianRenstra.Indikator(kode, nama, satuan, formula, polaritas, jenis, desimal, tujuan, sasaran, unit, ka,
                sumberData, versi);
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public String getSatuan() {
        return satuan;
    }

    public void setSatuan(String satuan) {
        this.satuan = satuan;
    }

    public String getPolaritas() {
        return polaritas;
    }

    public void setPolaritas(String polaritas) {
        this.polaritas = polaritas;
    }

    public String getKaTahun() {
        return kaTahun;
    }

    public void setKaTahun(String kaTahun) {
        this.kaTahun = kaTahun;
    }

    public String getKaNilai() {
        return kaNilai;
    }

    public void setKaNilai(String kaNilai) {
        this.kaNilai = kaNilai;
    }

    public String getKaLabel() {
        return kaLabel;
    }

    public void setKaLabel(String kaLabel) {
        this.kaLabel = kaLabel;
    }
}
