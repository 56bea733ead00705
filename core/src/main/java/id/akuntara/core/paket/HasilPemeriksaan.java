package id.akuntara.core.paket;

import java.util.List;
import java.util.Optional;

/** The outcome of checking a package: every error found (none when valid) and, when valid, the package. */
public record HasilPemeriksaan(List<GalatPaket> galat, Optional<PaketData> paket) {

    public HasilPemeriksaan {
        galat = List.copyOf(galat);
    }

    public boolean sah() {
        return galat.isEmpty();
    }
}
