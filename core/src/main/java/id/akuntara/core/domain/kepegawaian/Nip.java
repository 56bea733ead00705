package id.akuntara.core.domain.kepegawaian;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nomor Induk Pegawai: 18 digits, printed in groups ("19641028 199003 1 009", kaltim-a signatories). Structure
 * per Peraturan Kepala BKN Nomor 22 Tahun 2007 tentang Tata Cara Penetapan NIP PNS: digits 1–8 the date of birth
 * (YYYYMMDD), 9–14 the TMT CPNS (YYYYMM), 15 the gender (1 pria, 2 wanita), 16–18 a serial number (001–999).
 * Checks that can be justified from that structure, each with an Indonesian message: exactly 18 digits, a real
 * birth date, a real TMT month not before the birth month, an age of at least 18 at the TMT (PP 11/2017
 * Pasal 23: "berusia paling rendah 18 (delapan belas) tahun" for a CPNS applicant), gender 1 or 2, serial not
 * 000. Every NIP in the four seed reports passes. Pure Java (used by the data-package check without a database).
 */
public record Nip(String digit) {

    public Nip {
        List<String> salah = periksa(digit);
        if (!salah.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", salah));
        }
    }

    /** Reads a NIP written with or without spaces (and an optional "NIP." prefix). */
    public static Nip baca(String teks) {
        return new Nip(normalkan(teks));
    }

    /** Digits only ("NIP. 19641028 199003 1 009" → "196410281990031009"). */
    public static String normalkan(String teks) {
        String t = teks == null ? "" : teks.strip();
        if (t.regionMatches(true, 0, "NIP", 0, 3)) {
            t = t.substring(3).replaceFirst("^[.:]?", "");
        }
        return t.replaceAll("[\\s.]", "");
    }

    /** What is wrong with the text as a NIP (empty when valid). */
    public static List<String> periksa(String teks) {
        List<String> salah = new ArrayList<>();
        String d = teks == null ? "" : teks;
        if (!d.matches("\\d{18}")) {
            salah.add("NIP harus terdiri atas 18 angka (tertulis '" + d + "')");
            return salah;
        }
        Optional<LocalDate> lahir = tanggal(d.substring(0, 8));
        if (lahir.isEmpty()) {
            salah.add("8 angka pertama NIP bukan tanggal lahir yang sah (" + d.substring(0, 8) + ")");
        }
        Optional<YearMonth> tmt = bulan(d.substring(8, 14));
        if (tmt.isEmpty()) {
            salah.add("angka ke-9 s.d. 14 NIP bukan TMT CPNS (tahun dan bulan) yang sah (" + d.substring(8, 14) + ")");
        }
        if (lahir.isPresent() && tmt.isPresent() && tmt.get().isBefore(YearMonth.from(lahir.get()).plusYears(18))) {
            salah.add("TMT CPNS " + tmt.get() + " kurang dari 18 tahun setelah tanggal lahir " + lahir.get());
        }
        char jk = d.charAt(14);
        if (jk != '1' && jk != '2') {
            salah.add("angka ke-15 NIP (jenis kelamin) harus 1 atau 2, bukan " + jk);
        }
        if (d.endsWith("000")) {
            salah.add("nomor urut NIP (3 angka terakhir) tidak boleh 000");
        }
        return salah;
    }

    private static Optional<LocalDate> tanggal(String yyyymmdd) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> bulan(String yyyymm) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(yyyymm.substring(0, 4)), Integer.parseInt(yyyymm.substring(4, 6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public LocalDate tanggalLahir() {
        return tanggal(digit.substring(0, 8)).orElseThrow();
    }

    public YearMonth tmtCpns() {
        return bulan(digit.substring(8, 14)).orElseThrow();
    }

    public JenisKelamin jenisKelamin() {
        return digit.charAt(14) == '1' ? JenisKelamin.LAKI_LAKI : JenisKelamin.PEREMPUAN;
    }

    /** As printed: "19641028 199003 1 009". */
    public String tampil() {
        return digit.substring(0, 8) + " " + digit.substring(8, 14) + " " + digit.charAt(14) + " " + digit.substring(15);
    }
}
