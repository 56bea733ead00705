package id.akuntara.core.plugin;

import java.util.List;

/**
 * The installed plugin set cannot serve the platform: a duplicate id, two plugins of equal precedence for one
 * level, a pemda whose level no plugin serves, or a plugin whose defaults break the contract. Thrown at start-up,
 * it fails the deployment; the message (Bahasa Indonesia) names every offending plugin id and pemda.
 */
public class PluginTidakSahException extends RuntimeException {

    private final List<String> galat;

    public PluginTidakSahException(List<String> galat) {
        super("Plugin Akuntara tidak sah, platform tidak dapat dimulai: " + String.join("; ", galat));
        this.galat = List.copyOf(galat);
    }

    /** Each error on its own. */
    public List<String> galat() {
        return galat;
    }
}
