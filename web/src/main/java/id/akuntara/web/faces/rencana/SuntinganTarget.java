package id.akuntara.web.faces.rencana;

import java.io.Serializable;

/** The target being edited on the Renstra page: indicator, year and source, and the inputs as the user types them. */
public final class SuntinganTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String indikator;
    private final String namaIndikator;
    private final int tahun;
    private final String sumber;
    private String nilai;
    private String nilaiAtas;
    private String label;

    SuntinganTarget(String indikator, String namaIndikator, int tahun, String sumber, String nilai, String nilaiAtas,
            String label) {
        this.indikator = indikator;
        this.namaIndikator = namaIndikator;
        this.tahun = tahun;
        this.sumber = sumber;
        this.nilai = nilai;
        this.nilaiAtas = nilaiAtas;
        this.label = label;
    }

    public String getIndikator() {
        return indikator;
    }

    public String getNamaIndikator() {
        return namaIndikator;
    }

    public int getTahun() {
        return tahun;
    }

    public String getSumber() {
        return sumber;
    }

    public String getNilai() {
        return nilai;
    }

    public void setNilai(String nilai) {
        this.nilai = nilai;
    }

    public String getNilaiAtas() {
        return nilaiAtas;
    }

    public void setNilaiAtas(String nilaiAtas) {
        this.nilaiAtas = nilaiAtas;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
