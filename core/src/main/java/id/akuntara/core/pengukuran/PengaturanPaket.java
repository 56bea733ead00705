package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.PitaPredikat;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.plugin.PemetaKerangka;
import id.akuntara.core.plugin.PemetaPengaturanPemda;
import id.akuntara.core.plugin.PengaturanPemda;
import id.akuntara.core.calc.ModePembulatan;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.spi.AturanBatasAtas;

import java.util.Optional;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * A data package's {@code pengaturan} as the pemda layer of the configuration (docs/plugins.md), the same layer the
 * stored settings give on the server ({@link id.akuntara.core.plugin.PemetaPengaturanPemda}). A setting the package
 * leaves out stays with the plugin's default; a rounding given by one half only takes the other half from the core
 * default (2 decimals, half up), as the import stores it. The report's name and outline, when the package sets
 * them, are the pemda's own too (the head of region, words only, is read by the report from the package).
 */
public final class PengaturanPaket {

    private PengaturanPaket() {
    }

    public static PengaturanPemda lapisanPemda(PaketData.Pengaturan s) {
        PengaturanPemda hasil = PengaturanPemda.KOSONG;
        if (s == null) {
            return hasil;
        }
        if (s.desimalTampil() != null || s.modePembulatan() != null) {
            hasil = hasil.denganPembulatan(PemetaPengaturanPemda.aturanPembulatan(
                    s.desimalTampil() == null ? Pembulatan.STANDAR.skala() : s.desimalTampil(),
                    s.modePembulatan() == null ? Pembulatan.STANDAR.mode() : ModePembulatan.valueOf(s.modePembulatan())));
        }
        if (s.bulatkanDulu() != null || s.penangananKosong() != null) {
            hasil = hasil.denganRataRata(PemetaPengaturanPemda.aturanRataRata(!Boolean.FALSE.equals(s.bulatkanDulu()),
                    s.penangananKosong() == null ? PenangananKosong.DIKECUALIKAN : PenangananKosong.valueOf(s.penangananKosong())));
        }
        if (s.batasCapaian() != null) {
            hasil = hasil.denganBatasAtas(new AturanBatasAtas(Optional.of(s.batasCapaian())));
        }
        if (s.namaLaporan() != null && !s.namaLaporan().isBlank()) {
            hasil = hasil.denganNamaLaporan(s.namaLaporan().strip());
        }
        if (s.kerangkaLaporan() != null) {
            hasil = hasil.denganKerangkaLaporan(PemetaKerangka.keKontrak(s.kerangkaLaporan()));
        }
        if (s.skala() != null && !daftar(s.skala().pita()).isEmpty()) {
            hasil = hasil.denganSkala(PemetaPengaturanPemda.definisi(skala(s.skala()), "pengaturan paket"));
        }
        return hasil;
    }

    /** The package's own scale in the engine's type. */
    public static SkalaPredikat skala(PaketData.Skala s) {
        return new SkalaPredikat(s.nama() == null ? "skala pemda" : s.nama(), daftar(s.pita()).stream()
                .map(x -> new PitaPredikat(x.label(),
                        Optional.ofNullable(x.bawah()).map(b -> new BatasPita(b, Boolean.TRUE.equals(x.bawahInklusif()))),
                        Optional.ofNullable(x.atas()).map(a -> new BatasPita(a, Boolean.TRUE.equals(x.atasInklusif())))))
                .toList());
    }
}
