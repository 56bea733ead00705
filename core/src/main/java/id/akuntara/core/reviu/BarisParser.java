package id.akuntara.core.reviu;

import id.akuntara.core.calc.AngkaParser;
import id.akuntara.core.calc.AngkaTercetak;
import id.akuntara.core.calc.AngkaTidakTerbacaException;
import id.akuntara.core.calc.KonteksAngka;
import id.akuntara.core.calc.Polaritas;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a text row into a {@link BarisSiap}, or into errors naming row and column. Numbers are read by
 * {@link AngkaParser}; budget rows read their amounts as Rupiah ({@link KonteksAngka#RUPIAH}).
 */
final class BarisParser {

    private BarisParser() {
    }

    static Optional<BarisSiap> parse(BarisLembarKerja b, List<Galat> galat) {
        int sebelum = galat.size();
        Optional<JenisBaris> jenis = JenisBaris.dariKode(b.jenis());
        if (jenis.isEmpty()) {
            galat.add(new Galat(b.baris(), "jenis", b.jenis().isEmpty() ? "jenis kosong"
                    : "jenis tidak dikenal: '" + b.jenis() + "' (capaian, anggaran, rata-rata, perubahan, selisih, rasio)"));
        }
        if (b.id().isEmpty()) {
            galat.add(new Galat(b.baris(), "id", "id kosong"));
        }
        Polaritas polaritas = Polaritas.NAIK;
        if (jenis.filter(j -> j == JenisBaris.CAPAIAN).isPresent() || !b.polaritas().isEmpty()) {
            try {
                polaritas = Polaritas.dariKode(b.polaritas());
            } catch (IllegalArgumentException e) {
                galat.add(new Galat(b.baris(), "polaritas", b.polaritas().isEmpty()
                        ? "polaritas wajib diisi untuk jenis capaian ('naik' atau 'turun')" : e.getMessage()));
            }
        }
        KonteksAngka konteks = jenis.filter(j -> j == JenisBaris.ANGGARAN).isPresent() ? KonteksAngka.RUPIAH : KonteksAngka.UMUM;
        Sel target = sel(b, Kolom.TARGET, konteks, galat);
        Sel realisasi = sel(b, Kolom.REALISASI, konteks, galat);
        Optional<AngkaTercetak> tercetak = Optional.empty();
        if (!b.tercetak().isEmpty()) {
            Sel t = sel(b, Kolom.TERCETAK, KonteksAngka.UMUM, galat);
            if (t instanceof Sel.Angka a) {
                tercetak = Optional.of(a.angka());
            } else if (!(t instanceof Sel.Kosong) && galat.size() == sebelum) {
                galat.add(new Galat(b.baris(), "tercetak", "nilai tercetak harus berupa angka: '" + b.tercetak() + "'"));
            }
        }
        if (galat.size() > sebelum) {
            return Optional.empty();
        }
        return Optional.of(new BarisSiap(b, jenis.orElseThrow(), polaritas, target, realisasi, tercetak));
    }

    private static Sel sel(BarisLembarKerja b, Kolom kolom, KonteksAngka konteks, List<Galat> galat) {
        String teks = b.sel(kolom);
        if (teks.isEmpty()) {
            return Sel.KOSONG;
        }
        if (teks.equals("-")) {
            return Sel.NIHIL;
        }
        if (teks.toLowerCase(Locale.ROOT).equals("belum rilis")) {
            return Sel.BELUM_RILIS;
        }
        try {
            return new Sel.Angka(AngkaParser.parse(teks, konteks));
        } catch (AngkaTidakTerbacaException e) {
            galat.add(new Galat(b.baris(), kolom.nama(), e.getMessage()));
            return Sel.KOSONG;
        }
    }
}
