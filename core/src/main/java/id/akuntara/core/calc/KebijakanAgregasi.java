package id.akuntara.core.calc;

import java.util.Objects;

/**
 * Policy of a mean of capaian (issue 3 rule 3).
 *
 * @param bulatkanDulu  round each member to {@code pembulatanAnggota} before averaging — Klungkung LKjIP 2020
 *                      Tabel 3.3 (p. 31) prints 110,21 = mean(90,67; 162,48; 77,47) = 110,2067; the unrounded
 *                      mean is 110,2044 → 110,20
 * @param kosong        how blank members count
 * @param pembulatanAnggota rounding applied to members when {@code bulatkanDulu}
 */
public record KebijakanAgregasi(boolean bulatkanDulu, PenangananKosong kosong, Pembulatan pembulatanAnggota) {

    /** Klungkung's rule: members rounded to 2 decimals half-up first, blanks excluded with a warning. */
    public static final KebijakanAgregasi STANDAR =
            new KebijakanAgregasi(true, PenangananKosong.DIKECUALIKAN, Pembulatan.STANDAR);

    /** Full precision members, blanks excluded. */
    public static final KebijakanAgregasi TANPA_PEMBULATAN_DULU =
            new KebijakanAgregasi(false, PenangananKosong.DIKECUALIKAN, Pembulatan.STANDAR);

    public KebijakanAgregasi {
        Objects.requireNonNull(kosong, "kosong");
        Objects.requireNonNull(pembulatanAnggota, "pembulatanAnggota");
    }

    public KebijakanAgregasi denganKosong(PenangananKosong baru) {
        return new KebijakanAgregasi(bulatkanDulu, baru, pembulatanAnggota);
    }
}
