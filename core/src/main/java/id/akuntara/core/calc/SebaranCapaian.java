package id.akuntara.core.calc;

import java.util.List;

/**
 * Counts of indicators by band for the conclusion chapter (issue 3 rule 7): above 100, exactly 100, below 100,
 * and without a value. Each capaian is compared as presented (after the display {@link Pembulatan}), because the
 * conclusion counts what the reader sees. Golden case: Kaltim LKjIP 2021 BAB IV — 7 indicators &gt; 100 %, 2 =
 * 100 %, 3 &lt; 100 % over the 12 capaian of the Ikhtisar.
 */
public record SebaranCapaian(int diAtas100, int sama100, int diBawah100, int tanpaNilai) {

    /** The band of one capaian; {@code kode} is the stable part of its trace id. */
    public enum Pita {
        DI_ATAS_100("di-atas-100"), SAMA_100("sama-100"), DI_BAWAH_100("di-bawah-100"), TANPA_NILAI("tanpa-nilai");

        private final String kode;

        Pita(String kode) {
            this.kode = kode;
        }

        public String kode() {
            return kode;
        }
    }

    /** The band of one capaian as presented (after the display rounding); no value: {@link Pita#TANPA_NILAI}. */
    public static Pita pita(HasilHitung capaian, Pembulatan pembulatan) {
        if (!capaian.bernilai()) {
            return Pita.TANPA_NILAI;
        }
        int c = pembulatan.terapkan(capaian.nilaiAtauGagal()).compareTo(Presisi.SERATUS);
        return c > 0 ? Pita.DI_ATAS_100 : c == 0 ? Pita.SAMA_100 : Pita.DI_BAWAH_100;
    }

    public static SebaranCapaian hitung(List<HasilHitung> capaian, Pembulatan pembulatan) {
        int[] n = new int[Pita.values().length];
        for (HasilHitung h : capaian) {
            n[pita(h, pembulatan).ordinal()]++;
        }
        return new SebaranCapaian(n[Pita.DI_ATAS_100.ordinal()], n[Pita.SAMA_100.ordinal()],
                n[Pita.DI_BAWAH_100.ordinal()], n[Pita.TANPA_NILAI.ordinal()]);
    }

    /** The count of one band. */
    public int jumlah(Pita pita) {
        return switch (pita) {
            case DI_ATAS_100 -> diAtas100;
            case SAMA_100 -> sama100;
            case DI_BAWAH_100 -> diBawah100;
            case TANPA_NILAI -> tanpaNilai;
        };
    }
}
