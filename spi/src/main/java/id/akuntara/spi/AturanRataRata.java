package id.akuntara.spi;

import java.util.Objects;

/**
 * How a mean of capaian (a sasaran's capaian, an average over units) is taken.
 *
 * @param bulatkanAnggotaDulu round each member to the display rounding before averaging (Klungkung LKjIP 2020
 *                            Tabel 3.3: 110,21, not 110,20)
 * @param kosong              how blank members count
 */
public record AturanRataRata(boolean bulatkanAnggotaDulu, PerlakuanKosong kosong) {

    /** Members rounded first, blanks left out (the engine's standard). */
    public static final AturanRataRata STANDAR = new AturanRataRata(true, PerlakuanKosong.DIKECUALIKAN);

    public AturanRataRata {
        Objects.requireNonNull(kosong, "kosong");
    }
}
