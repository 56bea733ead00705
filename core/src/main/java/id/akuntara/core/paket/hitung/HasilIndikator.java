package id.akuntara.core.paket.hitung;

import java.math.BigDecimal;

/**
 * One indicator for one year: the authoritative target ({@code sumberTarget}), the realisasi, the state
 * ({@link #TERHITUNG}, {@link #TIDAK_DAPAT_DIHITUNG}, {@link #BELUM_RILIS}, {@link #DIBAWA_DARI}), the capaian at
 * full precision ({@code null} when not computed), the predikat of the pemda's scale ({@code null} = tanpa
 * predikat, the reason in {@code keterangan}) and an explanation in Bahasa Indonesia.
 */
public record HasilIndikator(String kode, String nama, String sumberTarget, BigDecimal target, String labelTarget,
        BigDecimal realisasi, String status, BigDecimal capaian, String predikat, String keterangan) {

    public static final String TERHITUNG = "terhitung";
    public static final String TIDAK_DAPAT_DIHITUNG = "tidak-dapat-dihitung";
    public static final String BELUM_RILIS = "belum-rilis";
    public static final String DIBAWA_DARI = "dibawa-dari";
}
