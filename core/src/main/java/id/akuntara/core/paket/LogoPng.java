package id.akuntara.core.paket;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The check of a pemda's logo, shared by the data-package check ({@code $.pengaturan.logo}) and the settings use
 * case: base64 of a PNG image, recognised by its content (the 8-byte PNG signature, not a file name), at most
 * {@link PaketData.Pengaturan#LOGO_MAKS_BITA} bytes (the report's cover and the PK's header print it small).
 */
public final class LogoPng {

    /** Why a logo is refused, in Indonesian and English. */
    public record Masalah(String pesan, String pesanEn) {
    }

    private static final byte[] TANDA = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private LogoPng() {
    }

    /** The problem of this base64 text as a logo; empty when it is a PNG within the limit. */
    public static Optional<Masalah> periksa(String base64) {
        byte[] png;
        try {
            png = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Masalah("bukan base64 yang sah", "not valid base64"));
        }
        if (png.length < TANDA.length || !Arrays.equals(Arrays.copyOf(png, TANDA.length), TANDA)) {
            return Optional.of(new Masalah("harus gambar PNG dalam base64", "must be a PNG image in base64"));
        }
        if (png.length > PaketData.Pengaturan.LOGO_MAKS_BITA) {
            int maks = PaketData.Pengaturan.LOGO_MAKS_BITA / 1024;
            return Optional.of(new Masalah("paling besar " + maks + " KiB (" + png.length / 1024 + " KiB)",
                    "at most " + maks + " KiB (" + png.length / 1024 + " KiB)"));
        }
        return Optional.empty();
    }
}
