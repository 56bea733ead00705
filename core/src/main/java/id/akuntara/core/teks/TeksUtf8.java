package id.akuntara.core.teks;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: a malformed or unmappable byte is an error naming its line and column instead of being
 * silently replaced by U+FFFD (which is what {@code new String(bytes, UTF_8)} and {@code InputStreamReader} do).
 */
public final class TeksUtf8 {

    private TeksUtf8() {
    }

    /** The text of {@code isi}; a leading byte-order mark is kept (callers strip it). */
    public static String baca(byte[] isi) throws BukanUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(isi)).toString();
        } catch (CharacterCodingException e) {
            throw galat(isi);
        }
    }

    private static BukanUtf8Exception galat(byte[] isi) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(isi);
        CharBuffer out = CharBuffer.allocate(isi.length + 1);
        decoder.decode(in, out, true);
        int pos = in.position();
        int baris = 1;
        int awalBaris = 0;
        for (int i = 0; i < pos; i++) {
            if (isi[i] == '\n') {
                baris++;
                awalBaris = i + 1;
            }
        }
        String awal = new String(isi, awalBaris, pos - awalBaris, StandardCharsets.UTF_8);
        int kolom = awal.codePointCount(0, awal.length()) + 1;
        return new BukanUtf8Exception(baris, kolom, pos < isi.length ? isi[pos] : 0);
    }
}
