package id.akuntara.core.paket.hitung;

import java.math.BigDecimal;
import java.util.List;

/** The aggregate capaian of one sasaran (mean of its indicators' capaian, per the pemda's policy) with warnings. */
public record HasilSasaran(String kode, String nama, BigDecimal capaian, List<String> peringatan) {

    public HasilSasaran {
        peringatan = List.copyOf(peringatan);
    }
}
