package id.akuntara.spi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The contract of a government-level plugin (kota, kabupaten, provinsi): the defaults every pemda of that level
 * starts from. Implementations are plain Java classes with a public no-argument constructor, listed in
 * {@code META-INF/services/id.akuntara.spi.TenantPlugin}; they depend on this module and the JDK only, hold no
 * state and do no I/O beyond reading their own resources. {@code core} loads them once at start-up.
 *
 * <p>Configuration has three layers: core defaults → plugin defaults → per-pemda settings. A method returning
 * an empty {@code Optional} (the default implementations below) leaves the core default in force; a pemda's own
 * settings override both.
 *
 * <p>Which plugin serves a pemda: the one whose {@link #tingkat()} is the pemda's level; when several plugins
 * serve one level, the one with the highest {@link #prioritas()} (a tie is a start-up error). This lets a
 * deployment replace a level's defaults by adding a jar, without touching the built-in one.
 */
public interface TenantPlugin {

    /** Stable id, lowercase, e.g. {@code kota}; never reused by another plugin. */
    String id();

    /** Version of this plugin's defaults; raise it when a default changes, so results can cite it. */
    String versi();

    /** The level of government this plugin serves. */
    TingkatPemerintahan tingkat();

    /** Precedence among plugins of one level; higher wins. The built-in plugins have 0. */
    default int prioritas() {
        return 0;
    }

    /** Titles of the head of region and the deputy. */
    SebutanKepalaDaerah sebutanKepalaDaerah();

    /** The organisation line of the level's Sekretariat Daerah, with fan-out limits where they can be cited. */
    TemplatStruktur templatStruktur();

    /** Languages of {@link #terminologi}: Bahasa Indonesia and English. */
    default List<Locale> bahasa() {
        return List.of(BundelTerminologi.INDONESIA, Locale.ENGLISH);
    }

    /**
     * The level's terms in the given language, defining at least {@link KunciTerminologi#WAJIB} and one
     * {@code jenjang.<kode>} per structure level.
     */
    ResourceBundle terminologi(Locale bahasa);

    /** Default name of the annual report (LKjIP, LKIP, LAKIP); empty: the core default. */
    default Optional<String> namaLaporan() {
        return Optional.empty();
    }

    /** Default report outline; empty: the core default (PermenPAN-RB 53/2014). */
    default Optional<KerangkaLaporan> kerangkaLaporan() {
        return Optional.empty();
    }

    /**
     * The level's own report template of that name ({@code laporan-tahunan}, {@code perjanjian-kinerja}, or one of
     * their sub-templates, e.g. {@code tabel-indikator}): a {@code .jrxml} resource path on this plugin's class path.
     * Empty: the core default. A pemda's own template overrides both (Keycloak-theme fallback: pemda → level plugin
     * → core; see reports/README.md).
     */
    default Optional<String> templatLaporan(String nama) {
        return Optional.empty();
    }

    /** Default calculation policies; empty: the core default. */
    default Optional<KebijakanPerhitungan> kebijakanPerhitungan() {
        return Optional.empty();
    }

    /** Default rating scales, at most one per {@link KegunaanSkala}; a use left out has the core default. */
    default List<DefinisiSkala> skalaPredikat() {
        return List.of();
    }

    /** Classpath resource names of the data packages this plugin ships (regions of its level); may be empty. */
    default List<String> paketData() {
        return List.of();
    }
}
