package id.akuntara.core.domain.anggaran;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a budget line's code under Permendagri 90/2019 (klasifikasi, kodefikasi dan nomenklatur perencanaan
 * pembangunan dan keuangan daerah): urusan (1 digit) . bidang urusan (2) . program (2) . kegiatan (1 + 2) .
 * sub-kegiatan (2).
 *
 * <ul>
 *   <li>program {@code X.XX.XX}, e.g. {@code 4.01.02} (unsur pendukung · sekretariat daerah · program 02; the Kaltim
 *       example package);</li>
 *   <li>kegiatan {@code X.XX.XX.X.XX}, e.g. {@code 4.01.02.2.01};</li>
 *   <li>sub-kegiatan {@code X.XX.XX.X.XX.XX}, e.g. {@code 4.01.02.2.01.01}; the later updates of the nomenclature by
 *       Keputusan Mendagri write this last segment with four digits ({@code 4.01.02.2.01.0001}), which is accepted
 *       too.</li>
 * </ul>
 * The urusan and bidang urusan of a program shared by every urusan are written with the letter X in the regulation's
 * annex ({@code X.XX.01}, program penunjang urusan pemerintahan daerah), so X is accepted there. A child's code
 * extends its parent's: a kegiatan's code begins with its program's code and a dot, a sub-kegiatan's with its
 * kegiatan's.
 */
public final class KodePermendagri {

    private static final String PROGRAM = "[0-9X]\\.[0-9X]{2}\\.[0-9]{2}";
    private static final String KEGIATAN = PROGRAM + "\\.[0-9]\\.[0-9]{2}";
    private static final String SUB_KEGIATAN = KEGIATAN + "\\.(?:[0-9]{2}|[0-9]{4})";

    private static final Pattern POLA_PROGRAM = Pattern.compile(PROGRAM);
    private static final Pattern POLA_KEGIATAN = Pattern.compile(KEGIATAN);
    private static final Pattern POLA_SUB_KEGIATAN = Pattern.compile(SUB_KEGIATAN);

    private KodePermendagri() {
    }

    /** The written shape expected for a level, as a user reads it. */
    public static String bentuk(TingkatAnggaran tingkat) {
        return switch (tingkat) {
            case PROGRAM -> "X.XX.XX";
            case KEGIATAN -> "X.XX.XX.X.XX";
            case SUB_KEGIATAN -> "X.XX.XX.X.XX.XX";
        };
    }

    /** Whether {@code kode} has the shape of its level. */
    public static boolean sah(TingkatAnggaran tingkat, String kode) {
        if (kode == null) {
            return false;
        }
        Pattern pola = switch (tingkat) {
            case PROGRAM -> POLA_PROGRAM;
            case KEGIATAN -> POLA_KEGIATAN;
            case SUB_KEGIATAN -> POLA_SUB_KEGIATAN;
        };
        return pola.matcher(kode).matches();
    }

    /**
     * Whether a child's code extends its parent's ({@code 4.01.02.2.01} extends {@code 4.01.02}); both are expected to
     * have their level's shape ({@link #sah}).
     */
    public static boolean turunanDari(String kodeAnak, String kodeInduk) {
        return kodeAnak != null && kodeInduk != null && kodeAnak.startsWith(kodeInduk + ".");
    }

    /** The code's level from its shape, if it has one. */
    public static Optional<TingkatAnggaran> tingkat(String kode) {
        for (TingkatAnggaran t : TingkatAnggaran.values()) {
            if (sah(t, kode)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
