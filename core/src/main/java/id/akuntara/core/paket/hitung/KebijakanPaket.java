package id.akuntara.core.paket.hitung;

import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.KebijakanAgregasi;
import id.akuntara.core.calc.ModePembulatan;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.core.calc.PitaPredikat;
import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.plugin.KonfigurasiPemda;
import id.akuntara.core.plugin.PengaturanPemda;
import id.akuntara.core.plugin.PenyusunKonfigurasi;
import id.akuntara.core.plugin.RegistriPlugin;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.TenantPlugin;

import java.util.Optional;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * The policies a package is computed under, layered like a pemda's configuration (docs/plugins.md): core defaults →
 * the defaults of the pemda's plugin (when one is visible on the class path: the CLI and the server have them, the
 * core tests do not) → the package's own {@code pengaturan}. The authoritative target source is the package's
 * {@code sumberTarget} (RENSTRA when absent, as the import does).
 *
 * @param sumberTarget the pemda's authoritative target source
 * @param pembulatan   display rounding; also rounds the members of a mean when {@code agregasi.bulatkanDulu()}
 * @param batasCapaian capping
 * @param agregasi     policy of means of capaian
 * @param skala        scale rating capaian; empty: no predikat ("tanpa predikat" with the reason)
 * @param asalSkala    where the scale comes from ("paket", "plugin kota"), for the explanation
 */
public record KebijakanPaket(SumberTarget sumberTarget, Pembulatan pembulatan, BatasCapaian batasCapaian,
        KebijakanAgregasi agregasi, Optional<SkalaPredikat> skala, String asalSkala) {

    /** Core defaults → the plugin of the package (if visible to this class loader) → the package's settings. */
    public static KebijakanPaket dari(PaketData paket) {
        return dari(paket, pluginUntuk(paket, RegistriPlugin.class.getClassLoader()));
    }

    /** Core defaults → the given plugin's defaults (if any) → the package's settings. */
    public static KebijakanPaket dari(PaketData paket, Optional<TenantPlugin> plugin) {
        Optional<KonfigurasiPemda> konfigurasi = plugin.map(p -> PenyusunKonfigurasi.susun(paket.pemda(), p,
                PengaturanPemda.KOSONG));
        Pembulatan pembulatan = konfigurasi.map(k -> k.pembulatan().nilai()).orElse(Pembulatan.STANDAR);
        BatasCapaian batas = konfigurasi.map(k -> k.batasCapaian().nilai()).orElse(BatasCapaian.TANPA);
        KebijakanAgregasi agregasi = konfigurasi.map(k -> k.agregasi().nilai())
                .orElse(new KebijakanAgregasi(true, PenangananKosong.DIKECUALIKAN, pembulatan));
        Optional<SkalaPredikat> skala = konfigurasi.flatMap(k -> k.skala(KegunaanSkala.CAPAIAN));
        String asal = skala.isPresent() ? "plugin " + plugin.get().id() : "";
        SumberTarget sumber = SumberTarget.RENSTRA;

        PaketData.Pengaturan s = paket.pengaturan();
        if (s != null) {
            if (s.sumberTarget() != null) {
                sumber = SumberTarget.valueOf(s.sumberTarget());
            }
            if (s.desimalTampil() != null || s.modePembulatan() != null) {
                pembulatan = new Pembulatan(s.desimalTampil() == null ? pembulatan.skala() : s.desimalTampil(),
                        s.modePembulatan() == null ? pembulatan.mode() : ModePembulatan.valueOf(s.modePembulatan()));
            }
            if (s.batasCapaian() != null) {
                batas = BatasCapaian.maksimum(s.batasCapaian());
            }
            agregasi = new KebijakanAgregasi(s.bulatkanDulu() == null ? agregasi.bulatkanDulu() : s.bulatkanDulu(),
                    s.penangananKosong() == null ? agregasi.kosong() : PenangananKosong.valueOf(s.penangananKosong()),
                    pembulatan);
            if (s.skala() != null && !daftar(s.skala().pita()).isEmpty()) {
                skala = Optional.of(skala(s.skala()));
                asal = "paket";
            }
        }
        return new KebijakanPaket(sumber, pembulatan, batas, agregasi, skala, asal);
    }

    /** The package's own scale in the engine's type. */
    public static SkalaPredikat skala(PaketData.Skala s) {
        return new SkalaPredikat(s.nama() == null ? "skala pemda" : s.nama(), daftar(s.pita()).stream()
                .map(x -> new PitaPredikat(x.label(),
                        Optional.ofNullable(x.bawah()).map(b -> new BatasPita(b, Boolean.TRUE.equals(x.bawahInklusif()))),
                        Optional.ofNullable(x.atas()).map(a -> new BatasPita(a, Boolean.TRUE.equals(x.atasInklusif())))))
                .toList());
    }

    /**
     * The plugin named by {@code pengaturan.plugin} (its id, or "akuntara-" + id), visible to that class loader;
     * empty when none is (or when the installed plugins do not validate).
     */
    public static Optional<TenantPlugin> pluginUntuk(PaketData paket, ClassLoader classLoader) {
        if (paket.pengaturan() == null || paket.pengaturan().plugin() == null) {
            return Optional.empty();
        }
        String nama = paket.pengaturan().plugin();
        String id = nama.startsWith("akuntara-") ? nama.substring("akuntara-".length()) : nama;
        try {
            return RegistriPlugin.muat(classLoader).cari(id);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
