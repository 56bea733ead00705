package id.akuntara.core.plugin;

import id.akuntara.spi.TingkatPemerintahan;

import java.util.List;

/**
 * What the registry found about one installed plugin, as the admin endpoint lists it.
 *
 * @param id        the plugin id
 * @param versi     version of its defaults
 * @param kelas     implementing class
 * @param tingkat   the level it serves
 * @param prioritas its precedence among plugins of that level
 * @param aktif     {@code true} when it is the plugin that serves its level (highest precedence)
 * @param masalah   findings; empty when valid
 */
public record HasilValidasiPlugin(String id, String versi, String kelas, TingkatPemerintahan tingkat, int prioritas,
        boolean aktif, List<MasalahPlugin> masalah) {

    public HasilValidasiPlugin {
        masalah = List.copyOf(masalah);
    }

    /** "SAH" (valid), "PERINGATAN" (warnings only) or "GALAT" (errors). */
    public String status() {
        if (masalah.stream().anyMatch(m -> m.tingkat() == TingkatMasalah.GALAT)) {
            return "GALAT";
        }
        return masalah.isEmpty() ? "SAH" : "PERINGATAN";
    }
}
