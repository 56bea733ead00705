package id.akuntara.core.plugin.cdi;

import id.akuntara.core.domain.pemda.Pemda;
import id.akuntara.core.domain.pemda.PemdaRepository;
import id.akuntara.core.plugin.HasilValidasiPlugin;
import id.akuntara.core.plugin.KonfigurasiPemda;
import id.akuntara.core.plugin.MasalahPlugin;
import id.akuntara.core.plugin.PengaturanPemdaSource;
import id.akuntara.core.plugin.PenyusunKonfigurasi;
import id.akuntara.core.plugin.RegistriPlugin;
import id.akuntara.core.tenancy.TenantTidakSahException;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The plugin registry in the server: loaded once, with the class loader of the EAR's {@code lib/} (where
 * {@code core}, {@code spi} and the {@code tenant-*} jars sit), and checked at start-up against every registered
 * pemda. A {@link id.akuntara.core.plugin.PluginTidakSahException} thrown from the start-up observer fails the
 * deployment (verified on WildFly 39: see docs/plugins.md).
 */
@ApplicationScoped
public class LayananPlugin {

    private static final Logger LOG = Logger.getLogger(LayananPlugin.class.getName());

    @Inject
    PemdaRepository pemdaRepository;

    @Inject
    PengaturanPemdaSource pengaturanPemda;

    private volatile RegistriPlugin registri;

    /** Start-up: load and validate the plugins, then check that every pemda has one. */
    void saatMulai(@Observes @Initialized(ApplicationScoped.class) Object peristiwa) {
        RegistriPlugin r = registri();
        r.periksaPemda(tingkatPerPemda(pemdaRepository.semua()));
        for (HasilValidasiPlugin h : r.hasilValidasi()) {
            LOG.info(() -> "Plugin " + h.id() + " " + h.versi() + " (" + h.tingkat() + (h.aktif() ? ", aktif" : "")
                    + "): " + h.status());
            for (MasalahPlugin m : h.masalah()) {
                LOG.warning(() -> "Plugin " + h.id() + ": " + m.tingkat() + " " + m.pesan());
            }
        }
    }

    /** The registry, loaded on first use. */
    public RegistriPlugin registri() {
        RegistriPlugin r = registri;
        if (r == null) {
            synchronized (this) {
                r = registri;
                if (r == null) {
                    r = RegistriPlugin.muat(RegistriPlugin.class.getClassLoader());
                    registri = r;
                }
            }
        }
        return r;
    }

    /** Validation result of every installed plugin. */
    public List<HasilValidasiPlugin> hasilValidasi() {
        return registri().hasilValidasi();
    }

    /** The plugin serving that pemda. */
    public TenantPlugin pluginUntuk(String kodePemda) {
        return registri().untukPemda(kodePemda, tingkat(pemda(kodePemda)));
    }

    /** The configuration in force for that pemda (core → plugin → pemda). */
    public KonfigurasiPemda konfigurasiUntuk(String kodePemda) {
        return PenyusunKonfigurasi.susun(kodePemda, pluginUntuk(kodePemda), pengaturanPemda.untuk(kodePemda));
    }

    private Pemda pemda(String kodePemda) {
        return pemdaRepository.cari(kodePemda).orElseThrow(
                () -> new TenantTidakSahException("Pemda '" + kodePemda + "' belum terdaftar di Akuntara."));
    }

    static TingkatPemerintahan tingkat(Pemda pemda) {
        return TingkatPemerintahan.valueOf(pemda.getTingkat().name());
    }

    static Map<String, TingkatPemerintahan> tingkatPerPemda(List<Pemda> semua) {
        return semua.stream().collect(Collectors.toMap(Pemda::getKode, LayananPlugin::tingkat));
    }
}
