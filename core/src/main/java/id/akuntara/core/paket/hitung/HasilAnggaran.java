package id.akuntara.core.paket.hitung;

import java.math.BigDecimal;

/** One budget node: pagu (perubahan when present, else murni), realisasi and serapan (null when not computable). */
public record HasilAnggaran(String kode, String nama, String induk, BigDecimal pagu, BigDecimal realisasi,
        BigDecimal serapan) {
}
