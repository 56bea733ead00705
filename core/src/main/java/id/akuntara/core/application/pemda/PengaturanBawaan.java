package id.akuntara.core.application.pemda;

import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.plugin.PemetaKalkulasi;
import id.akuntara.spi.KebijakanPerhitungan;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.TenantPlugin;

/**
 * The settings a new pemda starts with: its level plugin's defaults (architecture.md, configuration layers core →
 * plugin → pemda), written into its own {@code pengaturan_pemda} row so that its admin edits them from there —
 * rounding, averaging, capping and the capaian scale of the plugin; Renstra as the authoritative target source
 * (domain.md "which target counts"); the report name stays the registry's ({@code pemda.nama_laporan}).
 */
public final class PengaturanBawaan {

    private PengaturanBawaan() {
    }

    public static PengaturanPemda dari(TenantPlugin plugin) {
        PengaturanPemda p = new PengaturanPemda(plugin.id());
        KebijakanPerhitungan k = plugin.kebijakanPerhitungan().orElse(KebijakanPerhitungan.STANDAR);
        p.ubahKebijakan(p.getSumberTarget(), PemetaKalkulasi.pembulatan(k.pembulatan()),
                PemetaKalkulasi.batasCapaian(k.batasAtas()), PemetaKalkulasi.agregasi(k.rataRata(), k.pembulatan()));
        plugin.skalaPredikat().stream().filter(s -> s.kegunaan() == KegunaanSkala.CAPAIAN).findFirst()
                .ifPresent(s -> p.gantiSkala(PemetaKalkulasi.skala(s)));
        return p;
    }
}
