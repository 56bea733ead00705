package id.akuntara.cli.wilayah;

import id.akuntara.core.pengukuran.Angka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden values of one region test class, each asserted as one of three kinds (docs/regions.md "What the golden
 * tests prove"):
 * <ol>
 *   <li>{@link #tercetakDanDireproduksi}: printed in the seed report and reproduced by the platform;</li>
 *   <li>{@link #tercetakSalah}: printed wrong; the platform computes the corrected value and not the printed one;</li>
 *   <li>{@link #dihitungTidakTercetak}: computed, not printed: a regression value only, it proves nothing about the
 *       report.</li>
 * </ol>
 * Figures are read from the read model ({@code KinerjaTahunan}) and compared as the pemda shows them
 * ({@link Angka#tampil()}, its display rounding); amounts in rupiah exactly. Registered as an extension, it checks
 * after the class that the number of values of each kind is the one the class's Javadoc states (when every test of
 * the class ran and passed).
 */
final class Emas implements AfterEachCallback, AfterAllCallback {

    enum Jenis { TERCETAK_DAN_DIREPRODUKSI, TERCETAK_SALAH, DIHITUNG_TIDAK_TERCETAK }

    private final Map<Jenis, Integer> dinyatakan = new EnumMap<>(Jenis.class);
    private final Map<String, Jenis> dicatat = new LinkedHashMap<>();
    private final Set<String> ujiLulus = new HashSet<>();
    private boolean adaGagal;

    /** The counts the class's Javadoc states. */
    Emas(int tercetakDanDireproduksi, int tercetakSalah, int dihitungTidakTercetak) {
        dinyatakan.put(Jenis.TERCETAK_DAN_DIREPRODUKSI, tercetakDanDireproduksi);
        dinyatakan.put(Jenis.TERCETAK_SALAH, tercetakSalah);
        dinyatakan.put(Jenis.DIHITUNG_TIDAK_TERCETAK, dihitungTidakTercetak);
    }

    /** Kind 1: the report prints {@code tercetak} and the platform shows the same. */
    void tercetakDanDireproduksi(String apa, String tercetak, Angka dihitung) {
        String tampil = tampil(apa, dihitung);
        int skala = angka(tercetak).scale();
        if (skala > angka(tampil).scale()) {
            // printed with more decimals than the pemda's display (Tabel 3.22's "82,057"): the full value at that scale
            tampil = dihitung.nilai().setScale(skala, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        }
        tercetakDanDireproduksi(apa, tercetak, tampil);
    }

    /** Kind 1 for a figure shown as a string (a derived realisasi's {@code tampil}). */
    void tercetakDanDireproduksi(String apa, String tercetak, String tampil) {
        catat(apa, Jenis.TERCETAK_DAN_DIREPRODUKSI);
        assertNotNull(tampil, apa + ": tidak terhitung");
        assertEquals(0, angka(tercetak).compareTo(angka(tampil)), apa + ": dihitung " + tampil + ", tercetak " + tercetak);
    }

    /** Kind 1 for an amount or a count: equal as numbers. */
    void tercetakDanDireproduksi(String apa, String tercetak, BigDecimal dihitung) {
        catat(apa, Jenis.TERCETAK_DAN_DIREPRODUKSI);
        assertNotNull(dihitung, apa + ": tidak terhitung");
        assertEquals(0, angka(tercetak).compareTo(dihitung), apa + ": dihitung " + dihitung + ", tercetak " + tercetak);
    }

    /**
     * Kind 2: the report prints {@code tercetak}, which is wrong; the platform shows {@code benar} and not the
     * printed figure. {@code benar} "-" means the right answer is no value (e.g. a percentage of a zero pagu).
     */
    void tercetakSalah(String apa, String tercetak, String benar, Angka dihitung) {
        catat(apa, Jenis.TERCETAK_SALAH);
        assertNotNull(dihitung, apa + ": tidak ada di read model");
        if ("-".equals(benar)) {
            assertEquals(null, dihitung.nilai(), apa + ": tidak boleh bernilai, tercetak " + tercetak);
            return;
        }
        tercetakSalah(apa, tercetak, benar, tampil(apa, dihitung));
    }

    /** Kind 2 for a figure shown as a string. */
    void tercetakSalah(String apa, String tercetak, String benar, String tampil) {
        catat(apa, Jenis.TERCETAK_SALAH);
        assertNotNull(tampil, apa + ": tidak terhitung");
        assertEquals(0, angka(benar).compareTo(angka(tampil)), apa + ": dihitung " + tampil + ", benar " + benar);
        assertNotEquals(0, angka(tercetak).compareTo(angka(tampil)), apa + ": sama dengan yang tercetak salah " + tercetak);
    }

    /** Kind 2 for an amount: equal to {@code benar} as numbers, not to the printed one. */
    void tercetakSalah(String apa, String tercetak, String benar, BigDecimal dihitung) {
        catat(apa, Jenis.TERCETAK_SALAH);
        assertNotNull(dihitung, apa + ": tidak terhitung");
        assertEquals(0, angka(benar).compareTo(dihitung), apa + ": dihitung " + dihitung + ", benar " + benar);
        assertNotEquals(0, angka(tercetak).compareTo(dihitung), apa + ": sama dengan yang tercetak salah " + tercetak);
    }

    /** Kind 3: not printed; the platform's value today, a regression check only. */
    void dihitungTidakTercetak(String apa, String nilai, Angka dihitung) {
        dihitungTidakTercetak(apa, nilai, tampil(apa, dihitung));
    }

    /** Kind 3 for a figure shown as a string. */
    void dihitungTidakTercetak(String apa, String nilai, String tampil) {
        catat(apa, Jenis.DIHITUNG_TIDAK_TERCETAK);
        assertNotNull(tampil, apa + ": tidak terhitung");
        assertEquals(0, angka(nilai).compareTo(angka(tampil)), apa + ": dihitung " + tampil + ", diharapkan " + nilai);
    }

    /** Kind 3 for an amount or a count. */
    void dihitungTidakTercetak(String apa, String nilai, BigDecimal dihitung) {
        catat(apa, Jenis.DIHITUNG_TIDAK_TERCETAK);
        assertNotNull(dihitung, apa + ": tidak terhitung");
        assertEquals(0, angka(nilai).compareTo(dihitung), apa + ": dihitung " + dihitung + ", diharapkan " + nilai);
    }

    /** Indonesian notation ("1.234,56", "-0,14") to a number. */
    static BigDecimal angka(String teks) {
        return new BigDecimal(teks.strip().replace(".", "").replace(',', '.'));
    }

    private static String tampil(String apa, Angka a) {
        assertNotNull(a, apa + ": tidak ada di read model");
        assertTrue(a.bernilai(), () -> apa + ": " + a.status() + " (" + a.alasan() + ")");
        return a.tampil();
    }

    private void catat(String apa, Jenis jenis) {
        Jenis ada = dicatat.putIfAbsent(apa, jenis);
        assertTrue(ada == null || ada == jenis, () -> apa + " dicatat sebagai " + ada + " dan " + jenis);
    }

    Map<Jenis, Long> jumlah() {
        return dicatat.values().stream().collect(Collectors.groupingBy(j -> j, () -> new EnumMap<>(Jenis.class),
                Collectors.counting()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            adaGagal = true;
        } else {
            ujiLulus.add(context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Set<String> semua = Arrays.stream(context.getRequiredTestClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).map(java.lang.reflect.Method::getName)
                .collect(Collectors.toSet());
        if (adaGagal || !ujiLulus.equals(semua)) {
            return; // a subset ran, or a test failed before recording all its values
        }
        Map<Jenis, Long> harap = new EnumMap<>(Jenis.class);
        dinyatakan.forEach((j, n) -> {
            if (n > 0) {
                harap.put(j, n.longValue());
            }
        });
        assertEquals(harap, jumlah(), "jumlah nilai emas per jenis tidak sama dengan yang dinyatakan Javadoc kelas");
    }
}
