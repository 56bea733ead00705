package id.akuntara.core.calc;

import java.util.List;

/**
 * Counts of indicators by band for the conclusion chapter (issue 3 rule 7): above 100, exactly 100, below 100,
 * and without a value. Each capaian is compared as presented (after the display {@link Pembulatan}), because the
 * conclusion counts what the reader sees. Golden case: Kaltim LKjIP 2021 BAB IV — 7 indicators &gt; 100 %, 2 =
 * 100 %, 3 &lt; 100 % over the 12 capaian of the Ikhtisar.
 */
public record SebaranCapaian(int diAtas100, int sama100, int diBawah100, int tanpaNilai) {

    public static SebaranCapaian hitung(List<HasilHitung> capaian, Pembulatan pembulatan) {
        int atas = 0;
        int sama = 0;
        int bawah = 0;
        int kosong = 0;
        for (HasilHitung h : capaian) {
            if (!h.bernilai()) {
                kosong++;
                continue;
            }
            int c = pembulatan.terapkan(h.nilaiAtauGagal()).compareTo(Presisi.SERATUS);
            if (c > 0) {
                atas++;
            } else if (c == 0) {
                sama++;
            } else {
                bawah++;
            }
        }
        return new SebaranCapaian(atas, sama, bawah, kosong);
    }
}
