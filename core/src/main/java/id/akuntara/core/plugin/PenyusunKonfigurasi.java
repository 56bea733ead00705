package id.akuntara.core.plugin;

import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.spi.AturanBatasAtas;
import id.akuntara.spi.AturanPembulatan;
import id.akuntara.spi.AturanRataRata;
import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.KebijakanPerhitungan;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.TenantPlugin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays the three configuration layers over each other: core defaults ({@link BawaanInti}) → the plugin's defaults →
 * the pemda's own settings. Each setting is taken from the highest layer that sets it; the calculation policies
 * are layered one by one (a pemda may change only its rounding). A pemda's own scale is validated by the
 * calculation engine, and its gaps and overlaps are returned as warnings naming the scale.
 */
public final class PenyusunKonfigurasi {

    private PenyusunKonfigurasi() {
    }

    public static KonfigurasiPemda susun(String kodePemda, TenantPlugin plugin, PengaturanPemda pemda) {
        Optional<KebijakanPerhitungan> kebijakanPlugin = plugin.kebijakanPerhitungan();
        KebijakanPerhitungan inti = BawaanInti.KEBIJAKAN;
        NilaiBerlapis<AturanPembulatan> pembulatan = NilaiBerlapis.pilih(inti.pembulatan(),
                kebijakanPlugin.map(KebijakanPerhitungan::pembulatan), pemda.pembulatan());
        NilaiBerlapis<AturanRataRata> rataRata = NilaiBerlapis.pilih(inti.rataRata(),
                kebijakanPlugin.map(KebijakanPerhitungan::rataRata), pemda.rataRata());
        NilaiBerlapis<AturanBatasAtas> batasAtas = NilaiBerlapis.pilih(inti.batasAtas(),
                kebijakanPlugin.map(KebijakanPerhitungan::batasAtas), pemda.batasAtas());

        List<String> peringatan = new ArrayList<>();
        Map<KegunaanSkala, NilaiBerlapis<SkalaPredikat>> skala = new EnumMap<>(KegunaanSkala.class);
        for (KegunaanSkala k : KegunaanSkala.values()) {
            Optional<DefinisiSkala> dariPlugin = plugin.skalaPredikat().stream().filter(s -> s.kegunaan() == k).findFirst();
            Optional<DefinisiSkala> dariPemda = Optional.ofNullable(pemda.skala().get(k));
            Optional<DefinisiSkala> dariInti = Optional.ofNullable(BawaanInti.SKALA.get(k));
            NilaiBerlapis<DefinisiSkala> pilihan = dariPemda.map(s -> new NilaiBerlapis<>(s, Lapisan.PEMDA))
                    .or(() -> dariPlugin.map(s -> new NilaiBerlapis<>(s, Lapisan.PLUGIN)))
                    .or(() -> dariInti.map(s -> new NilaiBerlapis<>(s, Lapisan.INTI)))
                    .orElse(null);
            if (pilihan != null) {
                skala.put(k, new NilaiBerlapis<>(PemetaKalkulasi.skala(pilihan.nilai()), pilihan.lapisan()));
            }
            dariPemda.ifPresent(s -> PemetaKalkulasi.periksaSkala(s)
                    .forEach(p -> peringatan.add("pengaturan pemda '" + kodePemda + "': " + p)));
        }

        return new KonfigurasiPemda(kodePemda, plugin.id(), plugin.versi(), plugin.sebutanKepalaDaerah(),
                plugin.templatStruktur(),
                NilaiBerlapis.pilih(BawaanInti.NAMA_LAPORAN, plugin.namaLaporan(), pemda.namaLaporan()),
                NilaiBerlapis.pilih(BawaanInti.kerangkaLaporan(), plugin.kerangkaLaporan(), pemda.kerangkaLaporan()),
                new NilaiBerlapis<>(PemetaKalkulasi.pembulatan(pembulatan.nilai()), pembulatan.lapisan()),
                new NilaiBerlapis<>(PemetaKalkulasi.agregasi(rataRata.nilai(), pembulatan.nilai()), rataRata.lapisan()),
                new NilaiBerlapis<>(PemetaKalkulasi.batasCapaian(batasAtas.nilai()), batasAtas.lapisan()),
                skala, new Terminologi(plugin, pemda.istilah()), peringatan);
    }
}
