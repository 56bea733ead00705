package id.akuntara.core.pengukuran;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two read models of the same pemda-year figure by figure, by trace id: what a recomputation under
 * today's rules and settings would change in a fixed snapshot. Values are compared by number (85,0 = 85), the
 * state and the printed form as text.
 */
public final class PerbandinganKinerja {

    private PerbandinganKinerja() {
    }

    /** One figure that differs, or exists on one side only (the other side null). */
    public record Selisih(String jejak, Jejak lama, Jejak baru) {
    }

    public static List<Selisih> bandingkan(KinerjaTahunan lama, KinerjaTahunan baru) {
        Map<String, Jejak> a = peta(lama);
        Map<String, Jejak> b = peta(baru);
        List<Selisih> hasil = new ArrayList<>();
        a.forEach((id, x) -> {
            Jejak y = b.get(id);
            if (y == null || !sama(x, y)) {
                hasil.add(new Selisih(id, x, y));
            }
        });
        b.forEach((id, y) -> {
            if (!a.containsKey(id)) {
                hasil.add(new Selisih(id, null, y));
            }
        });
        return hasil;
    }

    private static Map<String, Jejak> peta(KinerjaTahunan k) {
        Map<String, Jejak> m = new LinkedHashMap<>();
        k.jejak().forEach(j -> m.put(j.id(), j));
        return m;
    }

    static boolean sama(Jejak x, Jejak y) {
        return x.status().equals(y.status()) && Objects.equals(x.tampil(), y.tampil()) && samaNilai(x.nilai(), y.nilai());
    }

    private static boolean samaNilai(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }
}
