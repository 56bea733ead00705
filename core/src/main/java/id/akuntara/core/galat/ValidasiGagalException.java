package id.akuntara.core.galat;

import java.util.ArrayList;
import java.util.List;

/**
 * The input was checked as a whole and is refused: every invalid field is listed at once (never the first only), and
 * nothing was written.
 */
public class ValidasiGagalException extends RuntimeException {

    private final transient List<GalatIsian> galat;

    public ValidasiGagalException(List<GalatIsian> galat) {
        super(ringkas(galat));
        if (galat.isEmpty()) {
            throw new IllegalArgumentException("ValidasiGagalException tanpa galat");
        }
        this.galat = List.copyOf(galat);
    }

    public List<GalatIsian> galat() {
        return galat;
    }

    private static String ringkas(List<GalatIsian> galat) {
        return galat.size() + " isian tidak sah: " + galat.stream().map(g -> g.field() + " (" + g.pesan() + ")").toList();
    }

    /** Collects the invalid fields of one input; {@link #periksa()} throws if there is any. */
    public static final class Pengumpul {
        private final List<GalatIsian> galat = new ArrayList<>();

        public Pengumpul tambah(String field, Object nilai, String pesan, String pesanEn) {
            galat.add(new GalatIsian(field, nilai == null ? null : String.valueOf(nilai), pesan, pesanEn));
            return this;
        }

        /** Adds the error when {@code salah} holds. */
        public Pengumpul jika(boolean salah, String field, Object nilai, String pesan, String pesanEn) {
            return salah ? tambah(field, nilai, pesan, pesanEn) : this;
        }

        public boolean kosong() {
            return galat.isEmpty();
        }

        public void periksa() {
            if (!galat.isEmpty()) {
                throw new ValidasiGagalException(galat);
            }
        }
    }
}
