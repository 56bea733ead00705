package id.akuntara.core.plugin;

import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.KunciTerminologi;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The installed government-level plugins, loaded once and validated. Plain Java (no CDI, no JPA), so it is tested
 * without a container; {@code core.plugin.cdi} wraps it for the server.
 *
 * <p>Errors (any one stops the platform, all are reported together, naming the plugin ids): a duplicate id; two
 * plugins of equal precedence for one level; a plugin that breaks the contract (blank or malformed id or version,
 * missing terms in Bahasa Indonesia or English, two default scales for one use, a data package resource that is
 * not there, a default that throws). Warnings (reported, the platform runs): a default scale with a gap or an
 * overlap, named by scale and bands; a head-of-region title that differs from the plugin's own term.
 * {@link #periksaPemda} adds the error of a pemda whose level no plugin serves.
 */
public final class RegistriPlugin {

    private static final Pattern POLA_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final List<TenantPlugin> semua;
    private final Map<TingkatPemerintahan, TenantPlugin> perTingkat;
    private final List<HasilValidasiPlugin> hasil;

    private RegistriPlugin(Collection<? extends TenantPlugin> dimuat) {
        List<String> galat = new ArrayList<>();
        List<TenantPlugin> daftar = new ArrayList<>(dimuat);
        daftar.sort(Comparator.comparing(RegistriPlugin::idAman).thenComparing(p -> p.getClass().getName()));

        Map<String, List<TenantPlugin>> perId = daftar.stream()
                .collect(Collectors.groupingBy(RegistriPlugin::idAman, TreeMap::new, Collectors.toList()));
        perId.forEach((id, sama) -> {
            if (sama.size() > 1) {
                galat.add("id plugin ganda '" + id + "' dipakai oleh " + sama.stream()
                        .map(p -> p.getClass().getName()).collect(Collectors.joining(", ")));
            }
        });

        Map<TenantPlugin, List<MasalahPlugin>> masalah = new LinkedHashMap<>();
        for (TenantPlugin p : daftar) {
            List<MasalahPlugin> m = periksa(p);
            masalah.put(p, m);
            m.stream().filter(x -> x.tingkat() == TingkatMasalah.GALAT)
                    .forEach(x -> galat.add("plugin '" + idAman(p) + "': " + x.pesan()));
        }

        Map<TingkatPemerintahan, TenantPlugin> aktif = new EnumMap<>(TingkatPemerintahan.class);
        for (TingkatPemerintahan t : TingkatPemerintahan.values()) {
            List<TenantPlugin> calon = daftar.stream().filter(p -> tingkatAman(p) == t).toList();
            int tertinggi = calon.stream().mapToInt(TenantPlugin::prioritas).max().orElse(Integer.MIN_VALUE);
            List<TenantPlugin> teratas = calon.stream().filter(p -> p.prioritas() == tertinggi).toList();
            if (teratas.size() > 1) {
                galat.add("plugin " + teratas.stream().map(p -> "'" + idAman(p) + "'").collect(Collectors.joining(" dan "))
                        + " sama-sama melayani tingkat " + t + " dengan prioritas " + tertinggi
                        + "; beri salah satunya prioritas lebih tinggi");
            } else if (teratas.size() == 1) {
                aktif.put(t, teratas.get(0));
            }
        }
        if (!galat.isEmpty()) {
            throw new PluginTidakSahException(galat);
        }
        this.semua = List.copyOf(daftar);
        this.perTingkat = aktif;
        this.hasil = daftar.stream().map(p -> new HasilValidasiPlugin(p.id(), p.versi(), p.getClass().getName(),
                p.tingkat(), p.prioritas(), aktif.get(p.tingkat()) == p, masalah.get(p))).toList();
    }

    /** The plugins listed in {@code META-INF/services/id.akuntara.spi.TenantPlugin} visible to that class loader. */
    public static RegistriPlugin muat(ClassLoader classLoader) {
        List<TenantPlugin> dimuat = new ArrayList<>();
        try {
            ServiceLoader.load(TenantPlugin.class, classLoader).forEach(dimuat::add);
        } catch (ServiceConfigurationError e) {
            throw new PluginTidakSahException(List.of("plugin tidak dapat dimuat: " + e.getMessage()));
        }
        return dari(dimuat);
    }

    /** A registry of the given plugins (tests, the CLI). */
    public static RegistriPlugin dari(Collection<? extends TenantPlugin> plugin) {
        return new RegistriPlugin(plugin);
    }

    /** Every installed plugin, by id. */
    public List<TenantPlugin> semua() {
        return semua;
    }

    /** Validation result of every installed plugin, by id. */
    public List<HasilValidasiPlugin> hasilValidasi() {
        return hasil;
    }

    /** The plugin with that id. */
    public Optional<TenantPlugin> cari(String id) {
        return semua.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The plugin that serves the level: the one of highest precedence. */
    public Optional<TenantPlugin> untukTingkat(TingkatPemerintahan tingkat) {
        return Optional.ofNullable(perTingkat.get(tingkat));
    }

    /** The plugin of a pemda of that level; a level nobody serves is an error naming the pemda. */
    public TenantPlugin untukPemda(String kodePemda, TingkatPemerintahan tingkat) {
        return untukTingkat(tingkat).orElseThrow(() -> new PluginTidakSahException(List.of(pesanTanpaPlugin(kodePemda, tingkat))));
    }

    /** Checks that every pemda's level has a plugin; all pemda without one are named in one error. */
    public void periksaPemda(Map<String, TingkatPemerintahan> tingkatPerPemda) {
        List<String> galat = new TreeMap<>(tingkatPerPemda).entrySet().stream()
                .filter(e -> untukTingkat(e.getValue()).isEmpty())
                .map(e -> pesanTanpaPlugin(e.getKey(), e.getValue()))
                .toList();
        if (!galat.isEmpty()) {
            throw new PluginTidakSahException(galat);
        }
    }

    private String pesanTanpaPlugin(String kodePemda, TingkatPemerintahan tingkat) {
        return "pemda '" + kodePemda + "' bertingkat " + tingkat + " tetapi tidak ada plugin untuk tingkat itu"
                + " (plugin terpasang: " + (semua.isEmpty() ? "tidak ada"
                : semua.stream().map(p -> p.id() + " [" + p.tingkat() + "]").collect(Collectors.joining(", "))) + ")";
    }

    // --- validation of one plugin's defaults ---

    static List<MasalahPlugin> periksa(TenantPlugin p) {
        List<MasalahPlugin> m = new ArrayList<>();
        try {
            periksaIdentitas(p, m);
            periksaTerminologi(p, m);
            periksaSkala(p, m);
            wajibAda(p.kerangkaLaporan(), "kerangkaLaporan()", m);
            wajibAda(p.kebijakanPerhitungan(), "kebijakanPerhitungan()", m);
            wajibAda(p.namaLaporan(), "namaLaporan()", m);
            periksaPaketData(p, m);
        } catch (RuntimeException e) {
            m.add(MasalahPlugin.galat("bawaan plugin tidak dapat dibaca: " + e));
        }
        return m;
    }

    private static void periksaIdentitas(TenantPlugin p, List<MasalahPlugin> m) {
        if (p.id() == null || !POLA_ID.matcher(p.id()).matches()) {
            m.add(MasalahPlugin.galat("id '" + p.id() + "' tidak sah (huruf kecil, angka dan '-', diawali huruf)"));
        }
        if (p.versi() == null || p.versi().isBlank()) {
            m.add(MasalahPlugin.galat("versi kosong"));
        }
        if (p.tingkat() == null) {
            m.add(MasalahPlugin.galat("tingkat pemerintahan kosong"));
        }
        if (p.sebutanKepalaDaerah() == null) {
            m.add(MasalahPlugin.galat("sebutan kepala daerah kosong"));
        }
        if (p.templatStruktur() == null) {
            m.add(MasalahPlugin.galat("templat struktur kosong"));
        }
    }

    private static void periksaTerminologi(TenantPlugin p, List<MasalahPlugin> m) {
        List<Locale> bahasa = p.bahasa();
        for (String wajib : List.of("id", "en")) {
            if (bahasa.stream().noneMatch(b -> b.getLanguage().equals(wajib))) {
                m.add(MasalahPlugin.galat("terminologi bahasa '" + wajib + "' tidak disediakan"));
            }
        }
        List<String> kunci = new ArrayList<>(KunciTerminologi.WAJIB);
        if (p.templatStruktur() != null) {
            p.templatStruktur().jenjang().stream().map(JenjangStruktur::kode)
                    .forEach(k -> kunci.add(KunciTerminologi.AWALAN_JENJANG + k));
        }
        for (Locale b : bahasa) {
            ResourceBundle bundel;
            try {
                bundel = p.terminologi(b);
            } catch (MissingResourceException e) {
                m.add(MasalahPlugin.galat("bundel terminologi bahasa '" + b.toLanguageTag() + "' tidak ditemukan: "
                        + e.getMessage()));
                continue;
            }
            String bahasaBundel = bundel.getLocale().getLanguage();
            boolean dasar = bahasaBundel.isEmpty() && b.getLanguage().equals("id");
            if (!dasar && !bahasaBundel.equals(b.getLanguage())) {
                m.add(MasalahPlugin.galat("terjemahan terminologi bahasa '" + b.toLanguageTag() + "' tidak ada"
                        + " (yang ditemukan: '" + (bahasaBundel.isEmpty() ? "dasar" : bahasaBundel) + "')"));
            }
            List<String> hilang = kunci.stream().filter(k -> !bundel.containsKey(k)).toList();
            if (!hilang.isEmpty()) {
                m.add(MasalahPlugin.galat("terminologi bahasa '" + b.toLanguageTag() + "' tidak memuat kunci "
                        + String.join(", ", hilang)));
            }
            if (b.getLanguage().equals("id") && p.sebutanKepalaDaerah() != null
                    && bundel.containsKey(KunciTerminologi.KEPALA_DAERAH)
                    && !bundel.getString(KunciTerminologi.KEPALA_DAERAH).equals(p.sebutanKepalaDaerah().kepala())) {
                m.add(MasalahPlugin.peringatan("istilah kepalaDaerah '" + bundel.getString(KunciTerminologi.KEPALA_DAERAH)
                        + "' berbeda dari sebutan kepala daerah '" + p.sebutanKepalaDaerah().kepala() + "'"));
            }
        }
    }

    private static void periksaSkala(TenantPlugin p, List<MasalahPlugin> m) {
        Map<KegunaanSkala, List<DefinisiSkala>> perKegunaan = p.skalaPredikat().stream()
                .collect(Collectors.groupingBy(DefinisiSkala::kegunaan, () -> new EnumMap<>(KegunaanSkala.class),
                        Collectors.toList()));
        perKegunaan.forEach((kegunaan, daftar) -> {
            if (daftar.size() > 1) {
                m.add(MasalahPlugin.galat("lebih dari satu skala bawaan untuk " + kegunaan + ": " + daftar.stream()
                        .map(s -> "'" + s.nama() + "'").collect(Collectors.joining(", "))));
            }
        });
        for (DefinisiSkala s : p.skalaPredikat()) {
            PemetaKalkulasi.periksaSkala(s).forEach(pesan -> m.add(MasalahPlugin.peringatan(pesan)));
        }
    }

    private static void periksaPaketData(TenantPlugin p, List<MasalahPlugin> m) {
        for (String sumber : p.paketData()) {
            if (p.getClass().getClassLoader().getResource(sumber) == null) {
                m.add(MasalahPlugin.galat("paket data '" + sumber + "' tidak ada di classpath plugin"));
            }
        }
    }

    private static void wajibAda(Optional<?> nilai, String nama, List<MasalahPlugin> m) {
        if (nilai == null) {
            m.add(MasalahPlugin.galat(nama + " mengembalikan null; gunakan Optional.empty() untuk bawaan inti"));
        }
    }

    private static String idAman(TenantPlugin p) {
        try {
            return String.valueOf(p.id());
        } catch (RuntimeException e) {
            return p.getClass().getName();
        }
    }

    private static TingkatPemerintahan tingkatAman(TenantPlugin p) {
        try {
            return p.tingkat();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
