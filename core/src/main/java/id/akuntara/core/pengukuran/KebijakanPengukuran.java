package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.KebijakanAgregasi;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.plugin.KonfigurasiPemda;
import id.akuntara.core.plugin.NilaiBerlapis;
import id.akuntara.core.plugin.PenyusunKonfigurasi;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.TenantPlugin;

import java.util.Optional;

/**
 * The policies a pemda-year is measured under. They come from the one configuration layering,
 * {@link PenyusunKonfigurasi} (core defaults → the pemda's plugin → the pemda's own settings); nothing here layers
 * again. The authoritative target source is a pemda setting only (core default: RENSTRA, the import's default).
 *
 * @param sumberTarget the pemda's authoritative target source
 * @param pembulatan   display rounding; also rounds the members of a mean when {@code agregasi.bulatkanDulu()}
 * @param batasCapaian capping
 * @param agregasi     policy of means of capaian
 * @param skala        scale rating capaian; empty: no predikat ("tanpa predikat" with the reason)
 * @param asalSkala    which layer the scale comes from ("pemda", "plugin", "inti"), for the explanation
 * @param versiPlugin  plugin id and version whose defaults are in force, cited by snapshots
 */
public record KebijakanPengukuran(SumberTarget sumberTarget, Pembulatan pembulatan, BatasCapaian batasCapaian,
        KebijakanAgregasi agregasi, Optional<SkalaPredikat> skala, String asalSkala, String versiPlugin) {

    /** The policies of a configuration in force, with the pemda's target source. */
    public static KebijakanPengukuran dari(KonfigurasiPemda k, SumberTarget sumberTarget) {
        Optional<NilaiBerlapis<SkalaPredikat>> skala = Optional.ofNullable(k.skala().get(KegunaanSkala.CAPAIAN));
        return new KebijakanPengukuran(sumberTarget, k.pembulatan().nilai(), k.batasCapaian().nilai(),
                k.agregasi().nilai(), skala.map(NilaiBerlapis::nilai),
                skala.map(s -> s.lapisan().name().toLowerCase(java.util.Locale.ROOT)).orElse(""),
                k.idPlugin() + " " + k.versiPlugin());
    }

    /**
     * The policies of a data's own settings ({@code pengaturan}) over the given plugin: the package's settings are
     * the pemda layer, exactly as the stored settings are on the server.
     */
    public static KebijakanPengukuran dari(PaketData data, TenantPlugin plugin) {
        KonfigurasiPemda k = PenyusunKonfigurasi.susun(data.pemda(), plugin,
                PengaturanPaket.lapisanPemda(data.pengaturan()));
        return dari(k, sumberTarget(data.pengaturan()));
    }

    /** The pemda's authoritative source: its setting, RENSTRA when it has none (as the import stores it). */
    public static SumberTarget sumberTarget(PaketData.Pengaturan p) {
        return p == null || p.sumberTarget() == null ? SumberTarget.RENSTRA : SumberTarget.valueOf(p.sumberTarget());
    }

    /** The policies as shown with the figures. */
    public Ringkasan ringkasan() {
        return new Ringkasan(sumberTarget.name(), pembulatan.skala() + " desimal, " + pembulatan.mode(),
                batasCapaian.maksimum().map(AngkaFormatter::formatTepat).orElse(null),
                agregasi.bulatkanDulu(), agregasi.kosong().name(),
                skala.map(s -> s.nama() + " (" + asalSkala + ")").orElse(null), versiPlugin);
    }

    /** The policies as text values, stored with a snapshot and shown beside the figures. */
    public record Ringkasan(String sumberTarget, String pembulatan, String batasCapaian, boolean bulatkanDulu,
            String penangananKosong, String skala, String plugin) {
    }
}
