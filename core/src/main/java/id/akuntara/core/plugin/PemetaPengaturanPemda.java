package id.akuntara.core.plugin;

import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.calc.ModePembulatan;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
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

/**
 * Lays a pemda's stored settings (table {@code pengaturan_pemda}, edited by its admin or loaded from its data
 * package) over the top configuration layer: rounding, averaging, capping, the capaian scale, and the report's name
 * and outline when the pemda stores its own. The reverse of
 * {@link PemetaKalkulasi}, so the plugin view and the calculations read the same values.
 */
public final class PemetaPengaturanPemda {

    private PemetaPengaturanPemda() {
    }

    public static PengaturanPemda terapkan(PengaturanPemda dasar, id.akuntara.core.domain.pemda.PengaturanPemda simpanan) {
        var pembulatan = simpanan.pembulatan();
        var agregasi = simpanan.kebijakanAgregasi();
        PengaturanPemda hasil = dasar
                .denganPembulatan(aturanPembulatan(pembulatan.skala(), pembulatan.mode()))
                .denganRataRata(aturanRataRata(agregasi.bulatkanDulu(), agregasi.kosong()))
                .denganBatasAtas(new AturanBatasAtas(simpanan.batasCapaian().maksimum()));
        Optional<SkalaPredikat> skala = simpanan.skalaPredikat();
        PengaturanPemda denganSkala = skala.map(s -> hasil.denganSkala(definisi(s, "pengaturan pemda"))).orElse(hasil);
        return laporan(denganSkala, simpanan);
    }

    /** The stored report name and outline over the layer (the registry's report name stays when none is stored). */
    static PengaturanPemda laporan(PengaturanPemda dasar, id.akuntara.core.domain.pemda.PengaturanPemda simpanan) {
        PengaturanPemda hasil = simpanan.getNamaLaporan().map(dasar::denganNamaLaporan).orElse(dasar);
        return simpanan.getKerangkaLaporan()
                .map(json -> hasil.denganKerangkaLaporan(PemetaKerangka.keKontrak(Paket.bacaBagian(json, PaketData.Kerangka.class))))
                .orElse(hasil);
    }

    /** The engine's rounding as the contract's rule (also for a data package's settings). */
    public static AturanPembulatan aturanPembulatan(int desimal, ModePembulatan mode) {
        return new AturanPembulatan(desimal, mode == ModePembulatan.POTONG ? CaraPembulatan.POTONG : CaraPembulatan.SETENGAH_KE_ATAS);
    }

    /** The engine's averaging policy as the contract's rule. */
    public static AturanRataRata aturanRataRata(boolean bulatkanDulu, PenangananKosong kosong) {
        return new AturanRataRata(bulatkanDulu,
                kosong == PenangananKosong.DIHITUNG_NOL ? PerlakuanKosong.DIHITUNG_NOL : PerlakuanKosong.DIKECUALIKAN);
    }

    /** A pemda's capaian scale as the contract's definition; {@code sumber} says where it is set. */
    public static DefinisiSkala definisi(SkalaPredikat skala, String sumber) {
        return new DefinisiSkala(skala.nama(), KegunaanSkala.CAPAIAN, Optional.empty(), Optional.empty(),
                skala.pita().stream().map(p -> new DefinisiPita(p.label(), "", p.bawah().map(PemetaPengaturanPemda::batas),
                        p.atas().map(PemetaPengaturanPemda::batas))).toList(),
                sumber);
    }

    private static BatasNilai batas(BatasPita b) {
        return new BatasNilai(b.nilai(), b.inklusif());
    }
}
