package id.akuntara.core.kualitas;

import id.akuntara.core.calc.MasalahSkala;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.PengaturanPaket;

import java.util.ArrayList;
import java.util.List;

/** Gaps (and overlaps) of the pemda's predikat scale, found by the engine's {@link SkalaPredikat#validasi()}. */
final class SkalaCelah implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "skala-celah";
    }

    @Override
    public String uraian() {
        return "Skala predikat pemda memiliki celah atau pita yang tumpang tindih; nilai di celah tidak mendapat predikat.";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.PERINGATAN;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        if (p.pengaturan() == null || p.pengaturan().skala() == null || id.akuntara.core.paket.Paket.daftar(
                p.pengaturan().skala().pita()).isEmpty()) {
            return hasil;
        }
        SkalaPredikat skala = PengaturanPaket.skala(p.pengaturan().skala());
        for (MasalahSkala m : skala.validasi()) {
            hasil.add(temuan("Skala '" + skala.nama() + "': " + m.pesan() + ".", List.of("$.pengaturan.skala")));
        }
        return hasil;
    }
}
