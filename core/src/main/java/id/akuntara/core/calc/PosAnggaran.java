package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A budget line (program, kegiatan, sub-kegiatan, or any grouping): pagu (ceiling) and realisasi in Rupiah.
 */
public record PosAnggaran(BigDecimal pagu, BigDecimal realisasi) {

    public static final PosAnggaran NOL = new PosAnggaran(BigDecimal.ZERO, BigDecimal.ZERO);

    public PosAnggaran {
        Objects.requireNonNull(pagu, "pagu");
        Objects.requireNonNull(realisasi, "realisasi");
    }

    public PosAnggaran tambah(PosAnggaran lain) {
        return new PosAnggaran(pagu.add(lain.pagu), realisasi.add(lain.realisasi));
    }
}
