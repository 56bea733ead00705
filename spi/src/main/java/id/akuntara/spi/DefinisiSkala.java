package id.akuntara.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rating scale as data, best band first. Core turns it into its calculation engine's scale and validates it
 * there (gaps and overlaps between bands, and coverage of the domain when one is given), reporting problems with
 * the scale's name.
 *
 * @param nama      name shown in validation messages and reports, e.g. "Kategori nilai SAKIP (AA–D)"
 * @param kegunaan  what it rates
 * @param domainMin smallest value the rated figure can take, if bounded (inclusive)
 * @param domainMax largest value the rated figure can take, if bounded (inclusive)
 * @param pita      the bands, best first (at least one)
 * @param sumber    where the bands come from
 */
public record DefinisiSkala(String nama, KegunaanSkala kegunaan, Optional<BigDecimal> domainMin,
        Optional<BigDecimal> domainMax, List<DefinisiPita> pita, String sumber) {

    public DefinisiSkala {
        Teks.wajib(nama, "nama");
        Objects.requireNonNull(kegunaan, "kegunaan");
        Objects.requireNonNull(domainMin, "domainMin");
        Objects.requireNonNull(domainMax, "domainMax");
        Objects.requireNonNull(sumber, "sumber");
        pita = List.copyOf(pita);
        if (pita.isEmpty()) {
            throw new IllegalArgumentException("skala " + nama + " tanpa pita");
        }
        if (domainMin.isPresent() != domainMax.isPresent()) {
            throw new IllegalArgumentException("domain skala " + nama + " harus punya batas bawah dan atas");
        }
    }

    /**
     * The SAKIP grade scale AA … D over scores 0–100, as Tanjungpinang LKIP 2020 BAB II 2.2.1 prints it (interpretations shortened: AA
     * >90–100 Istimewa, A >80–90 Memuaskan, BB >70–80 Sangat Baik, B >60–70 Baik, CC >50–60 Cukup, C >30–50 Kurang,
     * D >0–30 Sangat Kurang) and as Kaltim LKjIP 2021 Tabel 3.1 grades its units (67,21 → B, 59,14 → CC). One
     * deliberate change: the printed "D >0–30" leaves a score of exactly 0 without a grade, which the platform's
     * validation reports as a gap against the domain 0–100; here D starts at 0 inclusive.
     */
    public static DefinisiSkala nilaiSakip() {
        String[][] pita = {
                {"AA", "Istimewa", "90", "100"},
                {"A", "Memuaskan", "80", "90"},
                {"BB", "Sangat Baik", "70", "80"},
                {"B", "Baik", "60", "70"},
                {"CC", "Cukup", "50", "60"},
                {"C", "Kurang", "30", "50"}};
        List<DefinisiPita> daftar = new java.util.ArrayList<>();
        for (String[] p : pita) {
            daftar.add(DefinisiPita.antara(p[0], p[1], BatasNilai.eksklusif(p[2]), BatasNilai.inklusif(p[3])));
        }
        daftar.add(DefinisiPita.antara("D", "Sangat Kurang", BatasNilai.inklusif("0"), BatasNilai.inklusif("30")));
        return new DefinisiSkala("Kategori nilai SAKIP (AA–D)", KegunaanSkala.NILAI_SAKIP,
                Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.valueOf(100)), daftar,
                "Tanjungpinang LKIP 2020 BAB II 2.2.1; Kaltim LKjIP 2021 Tabel 3.1");
    }
}
