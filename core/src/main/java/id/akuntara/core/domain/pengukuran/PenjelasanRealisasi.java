package id.akuntara.core.domain.pengukuran;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * The explanation of a realisation as the reports' analysis sections give it (klungkung analysis: actions and
 * problems; Pangkalpinang problems/solutions): supporting factors, obstacles, solutions, efforts. A value: no
 * setters, replaced as a whole.
 */
@Embeddable
public class PenjelasanRealisasi {

    public static final PenjelasanRealisasi KOSONG = new PenjelasanRealisasi(null, null, null, null);

    @Column(name = "faktor_pendukung")
    private String faktorPendukung;

    @Column(name = "faktor_penghambat")
    private String faktorPenghambat;

    @Column(name = "solusi")
    private String solusi;

    @Column(name = "upaya")
    private String upaya;

    protected PenjelasanRealisasi() {
    }

    public PenjelasanRealisasi(String faktorPendukung, String faktorPenghambat, String solusi, String upaya) {
        this.faktorPendukung = faktorPendukung;
        this.faktorPenghambat = faktorPenghambat;
        this.solusi = solusi;
        this.upaya = upaya;
    }

    public String faktorPendukung() {
        return faktorPendukung;
    }

    public String faktorPenghambat() {
        return faktorPenghambat;
    }

    public String solusi() {
        return solusi;
    }

    public String upaya() {
        return upaya;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PenjelasanRealisasi p && Objects.equals(faktorPendukung, p.faktorPendukung)
                && Objects.equals(faktorPenghambat, p.faktorPenghambat) && Objects.equals(solusi, p.solusi)
                && Objects.equals(upaya, p.upaya);
    }

    @Override
    public int hashCode() {
        return Objects.hash(faktorPendukung, faktorPenghambat, solusi, upaya);
    }
}
