package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rating scale: bands with explicit inclusive/exclusive bounds, listed best first (the order is the ordinal
 * order of the labels, e.g. AA > A > BB > B > CC > C > D). Business rules (issue 3 rule 4):
 * <ul>
 *   <li>{@link #tentukan}: the band containing the value; a value in no band gets "tanpa predikat" with the reason
 *       — Pangkalpinang LAKIP 2021 Tabel 3.1 (>100 Baik Sekali, 75–100 Baik, 55–74 Cukup, &lt;55 Kurang) leaves
 *       (74, 75) uncovered, so 74,5 has no predikat.</li>
 *   <li>{@link #validasi}: reports gaps and overlaps between bands (and against a domain, when given) — the
 *       Tanjungpinang LKIP 2020 BAB II grade scale "D >0–30" leaves 0 itself uncovered.</li>
 * </ul>
 */
public record SkalaPredikat(String nama, List<PitaPredikat> pita) {

    public SkalaPredikat {
        Objects.requireNonNull(nama, "nama");
        pita = List.copyOf(pita);
        if (pita.isEmpty()) {
            throw new IllegalArgumentException("Skala " + nama + " tidak memiliki pita");
        }
    }

    /** The band of the value, or "tanpa predikat" with the reason. */
    public Predikat tentukan(BigDecimal nilai) {
        List<PitaPredikat> cocok = pita.stream().filter(p -> p.memuat(nilai)).toList();
        if (cocok.size() == 1) {
            return Predikat.dari(cocok.get(0).label());
        }
        String angka = AngkaFormatter.formatTepat(nilai);
        if (cocok.isEmpty()) {
            return Predikat.tanpaPredikat("nilai " + angka + " tidak tercakup oleh pita mana pun pada skala " + nama);
        }
        return Predikat.tanpaPredikat("nilai " + angka + " masuk ke lebih dari satu pita pada skala " + nama + ": "
                + String.join(", ", cocok.stream().map(PitaPredikat::label).toList()));
    }

    /** Gaps and overlaps between adjacent bands. */
    public List<MasalahSkala> validasi() {
        List<PitaPredikat> urut = new ArrayList<>(pita);
        urut.sort(Comparator.comparing((PitaPredikat p) -> p.bawah().map(BatasPita::nilai).orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        List<MasalahSkala> masalah = new ArrayList<>();
        for (int i = 0; i + 1 < urut.size(); i++) {
            PitaPredikat a = urut.get(i);
            PitaPredikat b = urut.get(i + 1);
            if (a.atas().isEmpty() || b.bawah().isEmpty()) {
                masalah.add(new MasalahSkala(MasalahSkala.Jenis.TUMPANG_TINDIH,
                        "pita " + a.tampil() + " dan " + b.tampil() + " tumpang tindih"));
                continue;
            }
            periksaSambungan(a, a.atas().get(), b, b.bawah().get(), masalah);
        }
        return masalah;
    }

    /** {@link #validasi()} plus coverage of the domain [min, max] (both inclusive). */
    public List<MasalahSkala> validasi(BigDecimal min, BigDecimal max) {
        List<MasalahSkala> masalah = new ArrayList<>(validasi());
        if (pita.stream().noneMatch(p -> p.memuat(min))) {
            masalah.add(new MasalahSkala(MasalahSkala.Jenis.CELAH, "nilai " + AngkaFormatter.formatTepat(min)
                    + " (batas bawah domain) tidak tercakup skala " + nama));
        }
        if (pita.stream().noneMatch(p -> p.memuat(max))) {
            masalah.add(new MasalahSkala(MasalahSkala.Jenis.CELAH, "nilai " + AngkaFormatter.formatTepat(max)
                    + " (batas atas domain) tidak tercakup skala " + nama));
        }
        return masalah;
    }

    private static void periksaSambungan(PitaPredikat a, BatasPita atasA, PitaPredikat b, BatasPita bawahB,
            List<MasalahSkala> masalah) {
        int c = atasA.nilai().compareTo(bawahB.nilai());
        boolean celah = c < 0 || (c == 0 && !atasA.inklusif() && !bawahB.inklusif());
        boolean tumpang = c > 0 || (c == 0 && atasA.inklusif() && bawahB.inklusif());
        if (celah) {
            masalah.add(new MasalahSkala(MasalahSkala.Jenis.CELAH, "celah antara pita " + a.tampil() + " dan "
                    + b.tampil() + ": nilai di antara " + AngkaFormatter.formatTepat(atasA.nilai()) + " dan "
                    + AngkaFormatter.formatTepat(bawahB.nilai()) + " tidak mendapat predikat"));
        } else if (tumpang) {
            masalah.add(new MasalahSkala(MasalahSkala.Jenis.TUMPANG_TINDIH,
                    "pita " + a.tampil() + " dan " + b.tampil() + " tumpang tindih"));
        }
    }

    /** Ordinal comparison of two labels: positive when {@code a} ranks above {@code b} (earlier in the list). */
    public int bandingkanLabel(String a, String b) {
        return Integer.compare(peringkat(b), peringkat(a));
    }

    private int peringkat(String label) {
        String cari = label.strip();
        int slash = cari.indexOf('/');
        String kode = slash > 0 ? cari.substring(0, slash).strip() : cari;
        for (int i = 0; i < pita.size(); i++) {
            if (pita.get(i).label().equalsIgnoreCase(kode)) {
                return i;
            }
        }
        throw new IllegalArgumentException("predikat '" + label + "' tidak ada pada skala " + nama);
    }

    /** The band with that label, if any. */
    public Optional<PitaPredikat> pita(String label) {
        return pita.stream().filter(p -> p.label().equalsIgnoreCase(label)).findFirst();
    }
}
