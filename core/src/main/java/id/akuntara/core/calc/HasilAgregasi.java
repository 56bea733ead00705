package id.akuntara.core.calc;

import java.util.List;
import java.util.Objects;

/**
 * A mean with its bookkeeping: how many members were counted, how many were blank, and the warnings the report
 * must show (e.g. "1 anggota kosong dikecualikan").
 */
public record HasilAgregasi(HasilHitung hasil, int jumlahDihitung, int jumlahKosong, List<String> peringatan) {

    public HasilAgregasi {
        Objects.requireNonNull(hasil, "hasil");
        peringatan = List.copyOf(peringatan);
    }
}
