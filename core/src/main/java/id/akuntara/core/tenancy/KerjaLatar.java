package id.akuntara.core.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Background work (scheduled jobs, imports started by an operator, repository tests) runs outside any HTTP
 * request, so it has no verified token and no {@link TenantContext}. It receives its pemda and the name of the
 * person or job responsible explicitly and runs inside {@link #jalankan}: the tenant is bound only for the
 * duration of that call on that thread and always unbound afterwards, never left behind for the next task.
 * Nested calls for another pemda are refused.
 */
public final class KerjaLatar {

    /** Pemda and responsible user of the work in progress. */
    public record Pelaku(String kodePemda, String username) {
        public Pelaku {
            Objects.requireNonNull(kodePemda, "kodePemda");
            Objects.requireNonNull(username, "username");
            if (kodePemda.isBlank()) {
                throw new TenantTidakSahException("Kerja latar tanpa kode pemda ditolak.");
            }
        }
    }

    private static final ThreadLocal<Pelaku> AKTIF = new ThreadLocal<>();

    private KerjaLatar() {
    }

    /** Runs {@code kerja} for pemda {@code kodePemda} on behalf of {@code username}. */
    public static <T> T jalankan(String kodePemda, String username, Supplier<T> kerja) {
        Pelaku baru = new Pelaku(kodePemda, username);
        Pelaku lama = AKTIF.get();
        if (lama != null && !lama.kodePemda().equals(kodePemda)) {
            throw new TenantTidakSahException("Kerja latar untuk pemda " + lama.kodePemda()
                    + " tidak boleh menjalankan kerja untuk pemda " + kodePemda + ".");
        }
        AKTIF.set(baru);
        try {
            return kerja.get();
        } finally {
            if (lama == null) {
                AKTIF.remove();
            } else {
                AKTIF.set(lama);
            }
        }
    }

    /** Same as {@link #jalankan(String, String, Supplier)} without a result. */
    public static void jalankan(String kodePemda, String username, Runnable kerja) {
        jalankan(kodePemda, username, () -> {
            kerja.run();
            return null;
        });
    }

    /** The background work running on this thread, if any. */
    public static Optional<Pelaku> aktif() {
        return Optional.ofNullable(AKTIF.get());
    }
}
