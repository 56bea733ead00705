package id.akuntara.web.faces.rencana;

import java.io.Serializable;

/** The inputs of a new Perubahan Renstra: the new version's code and name, and why. */
public final class SuntinganPerubahan implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kode;
    private String nama;
    private String alasan;

    public String getKode() {
        return kode;
    }

    public void setKode(String kode) {
        this.kode = kode;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public String getAlasan() {
        return alasan;
    }

    public void setAlasan(String alasan) {
        this.alasan = alasan;
    }
}
