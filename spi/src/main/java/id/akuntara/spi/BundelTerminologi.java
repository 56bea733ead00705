package id.akuntara.spi;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads a plugin's terminology bundle ({@code .properties} in UTF-8 next to the plugin class): the base file is
 * Bahasa Indonesia, {@code _en} is English. No fallback to the JVM's default locale, so an English request on an
 * Indonesian server still finds {@code _en}, and a missing translation shows as the base bundle's locale.
 */
public final class BundelTerminologi {

    /** Bahasa Indonesia. */
    public static final Locale INDONESIA = Locale.forLanguageTag("id");

    private BundelTerminologi() {
    }

    /**
     * @param pemilik  the plugin class; the bundle is looked up with its class loader
     * @param nama     base name, e.g. {@code id.akuntara.tenant.kota.terminologi}
     * @param bahasa   the wanted language
     */
    public static ResourceBundle muat(Class<?> pemilik, String nama, Locale bahasa) {
        return ResourceBundle.getBundle(nama, bahasa, pemilik.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
