package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.PitaPredikat;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.plugin.PengaturanPemda;
import id.akuntara.spi.AturanBatasAtas;
import id.akuntara.spi.AturanPembulatan;
import id.akuntara.spi.AturanRataRata;
import id.akuntara.spi.BatasNilai;
import id.akuntara.spi.CaraPembulatan;
import id.akuntara.spi.DefinisiPita;
import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.PerlakuanKosong;

import java.util.Optional;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * A data package's {@code pengaturan} as the pemda layer of the configuration (docs/plugins.md), the same layer the
 * stored settings give on the server ({@link id.akuntara.core.plugin.PemetaPengaturanPemda}). A setting the package
 * leaves out stays with the plugin's default; a rounding given by one half only takes the other half from the core
 * default (2 decimals, half up), as the import stores it.
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
            int desimal = s.desimalTampil() == null ? Pembulatan.STANDAR.skala() : s.desimalTampil();
            boolean potong = "POTONG".equals(s.modePembulatan());
            hasil = hasil.denganPembulatan(new AturanPembulatan(desimal,
                    potong ? CaraPembulatan.POTONG : CaraPembulatan.SETENGAH_KE_ATAS));
        }
        if (s.bulatkanDulu() != null || s.penangananKosong() != null) {
            hasil = hasil.denganRataRata(new AturanRataRata(!Boolean.FALSE.equals(s.bulatkanDulu()),
                    "DIHITUNG_NOL".equals(s.penangananKosong()) ? PerlakuanKosong.DIHITUNG_NOL : PerlakuanKosong.DIKECUALIKAN));
        }
        if (s.batasCapaian() != null) {
            hasil = hasil.denganBatasAtas(new AturanBatasAtas(Optional.of(s.batasCapaian())));
        }
        if (s.skala() != null && !daftar(s.skala().pita()).isEmpty()) {
            SkalaPredikat skala = skala(s.skala());
            hasil = hasil.denganSkala(new DefinisiSkala(skala.nama(), KegunaanSkala.CAPAIAN, Optional.empty(),
                    Optional.empty(), skala.pita().stream().map(p -> new DefinisiPita(p.label(), "",
                            p.bawah().map(PengaturanPaket::batas), p.atas().map(PengaturanPaket::batas))).toList(),
                    "pengaturan paket"));
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

    private static BatasNilai batas(BatasPita b) {
        return new BatasNilai(b.nilai(), b.inklusif());
    }
}
