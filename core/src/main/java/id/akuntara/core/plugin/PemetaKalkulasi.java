package id.akuntara.core.plugin;

import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.calc.KebijakanAgregasi;
import id.akuntara.core.calc.MasalahSkala;
import id.akuntara.core.calc.ModePembulatan;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.PitaPredikat;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.spi.AturanBatasAtas;
import id.akuntara.spi.AturanPembulatan;
import id.akuntara.spi.AturanRataRata;
import id.akuntara.spi.BatasNilai;
import id.akuntara.spi.DefinisiSkala;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the contract's policy and scale values into the calculation engine's ({@code core.calc}), so that scale
 * validation and every calculation run on one implementation: the engine's {@link SkalaPredikat#validasi()}.
 */
public final class PemetaKalkulasi {

    private PemetaKalkulasi() {
    }

    public static Pembulatan pembulatan(AturanPembulatan aturan) {
        ModePembulatan mode = switch (aturan.cara()) {
            case SETENGAH_KE_ATAS -> ModePembulatan.SETENGAH_KE_ATAS;
            case POTONG -> ModePembulatan.POTONG;
        };
        return new Pembulatan(aturan.desimal(), mode);
    }

    /** Members are rounded with the display rounding when the policy rounds them first. */
    public static KebijakanAgregasi agregasi(AturanRataRata aturan, AturanPembulatan pembulatan) {
        PenangananKosong kosong = switch (aturan.kosong()) {
            case DIKECUALIKAN -> PenangananKosong.DIKECUALIKAN;
            case DIHITUNG_NOL -> PenangananKosong.DIHITUNG_NOL;
        };
        return new KebijakanAgregasi(aturan.bulatkanAnggotaDulu(), kosong, pembulatan(pembulatan));
    }

    public static BatasCapaian batasCapaian(AturanBatasAtas aturan) {
        return aturan.maksimum().map(BatasCapaian::maksimum).orElse(BatasCapaian.TANPA);
    }

    public static SkalaPredikat skala(DefinisiSkala definisi) {
        return new SkalaPredikat(definisi.nama(), definisi.pita().stream()
                .map(p -> new PitaPredikat(p.label(), p.bawah().map(PemetaKalkulasi::batas),
                        p.atas().map(PemetaKalkulasi::batas)))
                .toList());
    }

    private static BatasPita batas(BatasNilai b) {
        return new BatasPita(b.nilai(), b.inklusif());
    }

    /**
     * Gaps and overlaps of the scale (and coverage of its domain, when it has one), each message naming the
     * scale, with the engine's description of the bands involved.
     */
    public static List<String> periksaSkala(DefinisiSkala definisi) {
        SkalaPredikat skala = skala(definisi);
        List<MasalahSkala> masalah = definisi.domainMin().isPresent()
                ? skala.validasi(definisi.domainMin().get(), definisi.domainMax().orElseThrow())
                : skala.validasi();
        List<String> pesan = new ArrayList<>();
        for (MasalahSkala m : masalah) {
            String jenis = m.jenis() == MasalahSkala.Jenis.CELAH ? "celah" : "tumpang tindih";
            pesan.add("skala '" + definisi.nama() + "' (" + definisi.kegunaan() + ") " + jenis + ": " + m.pesan());
        }
        return pesan;
    }
}
