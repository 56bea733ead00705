package id.akuntara.core.plugin;

import java.util.Objects;

/** One finding of the plugin validation, described in Bahasa Indonesia. */
public record MasalahPlugin(TingkatMasalah tingkat, String pesan) {

    public MasalahPlugin {
        Objects.requireNonNull(tingkat, "tingkat");
        Objects.requireNonNull(pesan, "pesan");
    }

    static MasalahPlugin galat(String pesan) {
        return new MasalahPlugin(TingkatMasalah.GALAT, pesan);
    }

    static MasalahPlugin peringatan(String pesan) {
        return new MasalahPlugin(TingkatMasalah.PERINGATAN, pesan);
    }
}
