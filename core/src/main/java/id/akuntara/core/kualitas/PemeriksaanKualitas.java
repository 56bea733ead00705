package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.util.List;

/**
 * One declarative data-quality check: a stable id, what it looks for (Bahasa Indonesia), its severity, and the
 * findings over a package. Implementations are listed in {@link DaftarPemeriksaan}.
 */
public interface PemeriksaanKualitas {

    /** Stable id, e.g. {@code target-bertentangan}; never reused for another check. */
    String id();

    /** What the check looks for, in Bahasa Indonesia. */
    String uraian();

    /** Severity of its findings. */
    Keparahan keparahan();

    /** Every finding in the package (empty when none). */
    List<TemuanKualitas> periksa(PaketData paket);

    /** A finding of this check. */
    default TemuanKualitas temuan(String deskripsi, List<String> rujukan) {
        return new TemuanKualitas(id(), deskripsi, keparahan(), rujukan);
    }
}
