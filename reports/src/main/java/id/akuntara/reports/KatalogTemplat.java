package id.akuntara.reports;

import id.akuntara.spi.TenantPlugin;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds a report template and compiles it once. Lookup follows the Keycloak-theme fallback of
 * docs/architecture.md: the pemda's own template → its level plugin's ({@link TenantPlugin#templatLaporan}) → the
 * core default ({@code id/akuntara/reports/templat/<nama>.jrxml}). A pemda's template is a class path resource
 * {@code id/akuntara/reports/pemda/<kode>/<nama>.jrxml} (a deployment adds a jar; stored templates are left open).
 *
 * <p>Compiled templates are cached by their resource URL for the life of the catalogue: compiling a template took
 * about 4 s on first use (shared/design/stack.md), rendering from a compiled one well under a second.
 */
public final class KatalogTemplat {

    static final String LOKASI_INTI = "id/akuntara/reports/templat/";
    static final String LOKASI_PEMDA = "id/akuntara/reports/pemda/";

    private final ConcurrentMap<String, JasperReport> tersusun = new ConcurrentHashMap<>();
    private final ClassLoader classLoader;

    public KatalogTemplat() {
        this(KatalogTemplat.class.getClassLoader());
    }

    /** @param classLoader where pemda templates and the core defaults are looked up */
    public KatalogTemplat(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The compiled template of that name for the pemda (compiled on first use, then from the cache). */
    public JasperReport templat(String nama, String kodePemda, TenantPlugin plugin) {
        URL url = cari(nama, kodePemda, plugin);
        return tersusun.computeIfAbsent(url.toExternalForm(), k -> susun(url));
    }

    /** Where the template of that name comes from, by the fallback order. */
    public URL cari(String nama, String kodePemda, TenantPlugin plugin) {
        return Optional.ofNullable(classLoader.getResource(LOKASI_PEMDA + kodePemda + "/" + nama + ".jrxml"))
                .or(() -> dariPlugin(nama, plugin))
                .or(() -> Optional.ofNullable(classLoader.getResource(LOKASI_INTI + nama + ".jrxml")))
                .orElseThrow(() -> new IllegalStateException("templat laporan '" + nama + "' tidak ada"));
    }

    /** How many templates have been compiled (for the cache's test). */
    int jumlahTersusun() {
        return tersusun.size();
    }

    private static Optional<URL> dariPlugin(String nama, TenantPlugin plugin) {
        if (plugin == null) {
            return Optional.empty();
        }
        return plugin.templatLaporan(nama).map(path -> plugin.getClass().getClassLoader().getResource(path));
    }

    private static JasperReport susun(URL url) {
        try (InputStream in = url.openStream()) {
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("templat " + url + " tidak dapat disusun: " + e.getMessage(), e);
        }
    }
}
