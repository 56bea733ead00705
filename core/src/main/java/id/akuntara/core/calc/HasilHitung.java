package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A computed figure with its state: a value at full precision when {@link StatusHasil#TERHITUNG} or
 * {@link StatusHasil#DIBAWA_DARI}, otherwise a reason. Never {@code null} meaning zero.
 *
 * @param status    the state
 * @param nilai     the value, present only for {@code TERHITUNG} and {@code DIBAWA_DARI}
 * @param alasan    why there is no value, or a note (empty string when none)
 * @param tahunAsal the year a carried-forward realisation comes from ({@code DIBAWA_DARI} only)
 */
public record HasilHitung(StatusHasil status, Optional<BigDecimal> nilai, String alasan, OptionalInt tahunAsal) {

    public HasilHitung {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nilai, "nilai");
        Objects.requireNonNull(alasan, "alasan");
        Objects.requireNonNull(tahunAsal, "tahunAsal");
        boolean bernilai = status == StatusHasil.TERHITUNG || status == StatusHasil.DIBAWA_DARI;
        if (bernilai != nilai.isPresent()) {
            throw new IllegalArgumentException("Status " + status.kode() + " tidak sesuai dengan ada/tidaknya nilai");
        }
    }

    public static HasilHitung terhitung(BigDecimal nilai) {
        return new HasilHitung(StatusHasil.TERHITUNG, Optional.of(nilai), "", OptionalInt.empty());
    }

    public static HasilHitung tidakDapatDihitung(String alasan) {
        return new HasilHitung(StatusHasil.TIDAK_DAPAT_DIHITUNG, Optional.empty(), alasan, OptionalInt.empty());
    }

    public static HasilHitung belumRilis() {
        return new HasilHitung(StatusHasil.BELUM_RILIS, Optional.empty(), "realisasi belum rilis", OptionalInt.empty());
    }

    public static HasilHitung dibawaDari(BigDecimal nilai, int tahun) {
        return new HasilHitung(StatusHasil.DIBAWA_DARI, Optional.of(nilai),
                "dihitung dari realisasi tahun " + tahun, OptionalInt.of(tahun));
    }

    /** {@code true} when there is a value (computed, or computed from a carried-forward realisation). */
    public boolean bernilai() {
        return nilai.isPresent();
    }

    /** The value; throws {@link IllegalStateException} with the reason when there is none. */
    public BigDecimal nilaiAtauGagal() {
        return nilai.orElseThrow(() -> new IllegalStateException("Tidak ada nilai (" + status.kode() + "): " + alasan));
    }

    /** The same state with a new value (used by capping); results without a value are returned unchanged. */
    HasilHitung denganNilai(BigDecimal baru) {
        return nilai.isEmpty() ? this : new HasilHitung(status, Optional.of(baru), alasan, tahunAsal);
    }
}
