package id.akuntara.web.faces.perjanjian;

import java.io.Serializable;

/**
 * A node of the PK cascade tree: the head of the region ({@code KEPALA}, the second party of the year's top PK, who
 * signs no PK of the secretariat's), or a PK ({@code PK}) with its first party's title, unit, status and total.
 */
public final class SimpulPk implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String jenis;
    private final String kode;
    private final String sebutan;
    private final String nama;
    private final String unit;
    private final String status;
    private final int versiKe;
    private final String total;

    SimpulPk(String jenis, String kode, String sebutan, String nama, String unit, String status, int versiKe, String total) {
        this.jenis = jenis;
        this.kode = kode;
        this.sebutan = sebutan;
        this.nama = nama;
        this.unit = unit;
        this.status = status;
        this.versiKe = versiKe;
        this.total = total;
    }

    public String getJenis() {
        return jenis;
    }

    public boolean isPk() {
        return "PK".equals(jenis);
    }

    public String getKode() {
        return kode;
    }

    public String getSebutan() {
        return sebutan;
    }

    public String getNama() {
        return nama;
    }

    public String getUnit() {
        return unit;
    }

    public String getStatus() {
        return status;
    }

    public int getVersiKe() {
        return versiKe;
    }

    public String getTotal() {
        return total;
    }
}
