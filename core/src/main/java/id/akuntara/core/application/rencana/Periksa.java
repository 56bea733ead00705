package id.akuntara.core.application.rencana;

import id.akuntara.core.calc.AngkaParser;
import id.akuntara.core.calc.AngkaTidakTerbacaException;
import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.domain.rencana.JenisIndikator;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.ValidasiGagalException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The field checks of the plan use cases: each adds its error to the collector (every invalid field is listed, never
 * the first only) and gives back the value read, or null.
 */
public final class Periksa {

    /** Codes as the packages write them: letters, digits, '.', '_', '-'; at most 64 characters. */
    public static final Pattern KODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Target and baseline columns are numeric(20,6). */
    public static final int DESIMAL_MAKS = 6;

    private Periksa() {
    }

    public static String wajib(ValidasiGagalException.Pengumpul g, String field, String nilai, String namaId, String namaEn) {
        if (nilai == null || nilai.isBlank()) {
            g.tambah(field, nilai, namaId + " wajib diisi.", namaEn + " is required.");
            return null;
        }
        return nilai.strip();
    }

    public static String opsional(String nilai) {
        return nilai == null || nilai.isBlank() ? null : nilai.strip();
    }

    public static String kode(ValidasiGagalException.Pengumpul g, String field, String nilai, String namaId, String namaEn) {
        String k = wajib(g, field, nilai, namaId, namaEn);
        if (k != null && !KODE.matcher(k).matches()) {
            g.tambah(field, nilai, namaId + " hanya boleh berisi huruf, angka, '.', '_' dan '-' (paling panjang 64).",
                    namaEn + " may hold only letters, digits, '.', '_' and '-' (at most 64).");
            return null;
        }
        return k;
    }

    /** A number in Indonesian notation ("81,65", "1.234,5"); null when blank. */
    public static BigDecimal angka(ValidasiGagalException.Pengumpul g, String field, String teks) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        try {
            BigDecimal n = AngkaParser.parse(teks).nilai();
            if (n.stripTrailingZeros().scale() > DESIMAL_MAKS) {
                g.tambah(field, teks, "Paling banyak " + DESIMAL_MAKS + " angka di belakang koma.",
                        "At most " + DESIMAL_MAKS + " decimals.");
                return null;
            }
            return n;
        } catch (AngkaTidakTerbacaException e) {
            g.tambah(field, teks, "Angka tidak terbaca: " + e.getMessage() + ". Tulis dalam format Indonesia, mis. 81,65.",
                    "Unreadable number: write it in Indonesian notation, e.g. 81,65 (comma for decimals, dot for thousands).");
            return null;
        }
    }

    public static Polaritas polaritas(ValidasiGagalException.Pengumpul g, String field, String teks) {
        if (wajib(g, field, teks, "Polaritas", "Polarity") == null) {
            return null;
        }
        try {
            return Polaritas.dariKode(teks);
        } catch (IllegalArgumentException e) {
            g.tambah(field, teks, "Polaritas tidak dikenal: gunakan NAIK atau TURUN.", "Unknown polarity: use NAIK or TURUN.");
            return null;
        }
    }

    public static JenisIndikator jenis(ValidasiGagalException.Pengumpul g, String field, String teks) {
        if (wajib(g, field, teks, "Jenis indikator", "Indicator kind") == null) {
            return null;
        }
        try {
            return JenisIndikator.valueOf(teks.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String pilihan = Arrays.toString(JenisIndikator.values());
            g.tambah(field, teks, "Jenis indikator tidak dikenal; pilihan: " + pilihan + ".", "Unknown indicator kind; one of " + pilihan + ".");
            return null;
        }
    }

    public static SumberTarget sumber(ValidasiGagalException.Pengumpul g, String field, String teks) {
        if (wajib(g, field, teks, "Sumber target", "Target source") == null) {
            return null;
        }
        try {
            return SumberTarget.valueOf(teks.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String pilihan = Arrays.toString(SumberTarget.values());
            g.tambah(field, teks, "Sumber target tidak dikenal; pilihan: " + pilihan + ".", "Unknown target source; one of " + pilihan + ".");
            return null;
        }
    }

    public static LocalDate tanggal(ValidasiGagalException.Pengumpul g, String field, String teks) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(teks.strip());
        } catch (DateTimeParseException e) {
            g.tambah(field, teks, "Tanggal tidak terbaca: tulis TTTT-BB-HH, mis. 2021-08-20.",
                    "Unreadable date: write YYYY-MM-DD, e.g. 2021-08-20.");
            return null;
        }
    }

    public static void versi(ValidasiGagalException.Pengumpul g, Long versi) {
        g.jika(versi == null, "versi", null, "Versi yang diubah wajib dikirim (optimistic lock).",
                "The version being edited is required (optimistic lock).");
    }

    /**
     * The end of a write's checks: the version sent must be there and readable, every invalid field is refused at once
     * (422), and only then must the version be the one in force (409).
     */
    public static void akhiri(ValidasiGagalException.Pengumpul g, String rekaman, Long versi, long saatIni) {
        versi(g, versi);
        g.periksa();
        versiSama(rekaman, versi, saatIni);
    }

    /** After the fields: the version the caller edited against the stored one. */
    public static void versiSama(String rekaman, Long dikirim, long saatIni) {
        KonflikVersiException.periksa(rekaman, dikirim, saatIni);
    }
}
