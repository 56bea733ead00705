package id.akuntara.core.plugin;

import id.akuntara.spi.BundelTerminologi;
import id.akuntara.spi.TenantPlugin;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The terms of one pemda in three layers, like the rest of its configuration: the pemda's own override, else the
 * plugin's bundle, else the core bundle ({@code id/akuntara/core/plugin/istilah*.properties}). Bahasa Indonesia is
 * the base language; English is {@code en}.
 */
public final class Terminologi {

    static final String BUNDEL_INTI = "id.akuntara.core.plugin.istilah";

    private final TenantPlugin plugin;
    private final Map<String, Map<String, String>> pemda;

    Terminologi(TenantPlugin plugin, Map<String, Map<String, String>> pemda) {
        this.plugin = plugin;
        this.pemda = pemda;
    }

    /** The term for that key in that language. */
    public String istilah(String kunci, Locale bahasa) {
        return istilahBerlapis(kunci, bahasa).nilai();
    }

    /** The term and the layer it comes from; an unknown key is an {@link IllegalArgumentException}. */
    public NilaiBerlapis<String> istilahBerlapis(String kunci, Locale bahasa) {
        String teks = pemda.getOrDefault(bahasa.getLanguage(), Map.of()).get(kunci);
        if (teks != null) {
            return new NilaiBerlapis<>(teks, Lapisan.PEMDA);
        }
        Optional<String> dariPlugin = dari(plugin.terminologi(bahasa), kunci);
        if (dariPlugin.isPresent()) {
            return new NilaiBerlapis<>(dariPlugin.get(), Lapisan.PLUGIN);
        }
        return dari(inti(bahasa), kunci).map(t -> new NilaiBerlapis<>(t, Lapisan.INTI))
                .orElseThrow(() -> new IllegalArgumentException("istilah '" + kunci + "' tidak dikenal"));
    }

    static ResourceBundle inti(Locale bahasa) {
        return BundelTerminologi.muat(Terminologi.class, BUNDEL_INTI, bahasa);
    }

    private static Optional<String> dari(ResourceBundle bundel, String kunci) {
        try {
            return bundel.containsKey(kunci) ? Optional.of(bundel.getString(kunci)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
