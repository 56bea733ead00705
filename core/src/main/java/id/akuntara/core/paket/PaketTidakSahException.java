package id.akuntara.core.paket;

import java.util.List;

/** A package was refused; nothing of it was written. Carries every error found. */
public class PaketTidakSahException extends RuntimeException {

    private final transient List<GalatPaket> galat;

    public PaketTidakSahException(List<GalatPaket> galat) {
        super("Paket data tidak sah: " + galat.size() + " galat, tidak ada data yang disimpan. Galat pertama: "
                + (galat.isEmpty() ? "-" : galat.get(0).jalur() + ": " + galat.get(0).pesan()));
        this.galat = List.copyOf(galat);
    }

    public List<GalatPaket> galat() {
        return galat;
    }
}
