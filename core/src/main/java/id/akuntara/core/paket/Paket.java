package id.akuntara.core.paket;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading, checking and writing data packages. {@link #periksa} never throws for a bad package: it returns every
 * error with its JSON path. {@link #tulis} writes the canonical form (fixed field order, no nulls or empty lists,
 * plain decimals, two-space indentation), so export → import → export yields the same bytes.
 */
public final class Paket {

    /** Deepest nesting accepted: a package nests 5 levels; far deeper input is hostile, not a package. */
    static final int KEDALAMAN_MAKS = 64;

    static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(KEDALAMAN_MAKS).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private Paket() {
    }

    /**
     * Parses and checks a package; the package is returned only when it is valid. A leading byte-order mark is
     * ignored; a syntax error names its line and column, a key given twice in one object is an error (the first
     * value would otherwise be silently dropped), and so is anything after the package's closing brace.
     */
    public static HasilPemeriksaan periksa(String json) {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonNode akar;
        try (JsonParser parser = JSON.createParser(json)) {
            try {
                akar = JSON.readTree(parser);
                if (akar != null && parser.nextToken() != null) {
                    throw new JsonParseException(parser, "trailing");
                }
            } catch (JsonProcessingException e) {
                JsonLocation lokasi = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                return new HasilPemeriksaan(List.of(new GalatPaket("$", "Berkas bukan JSON yang sah (baris "
                        + lokasi.getLineNr() + ", kolom " + lokasi.getColumnNr() + "): " + sebab(e, parser, json, lokasi))),
                        Optional.empty());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String source has no I/O
        }
        if (akar == null || akar.isMissingNode()) {
            return new HasilPemeriksaan(List.of(new GalatPaket("$", "Berkas kosong.")), Optional.empty());
        }
        if (akar.isNull()) {
            return new HasilPemeriksaan(List.of(new GalatPaket("$", "paket data harus berupa objek JSON ({…}), bukan null")),
                    Optional.empty());
        }
        List<GalatPaket> galat = new ArrayList<>(PemeriksaTipe.periksa(akar, PaketData.class));
        if (!galat.isEmpty()) {
            return new HasilPemeriksaan(galat, Optional.empty());
        }
        PaketData paket;
        try {
            paket = JSON.treeToValue(akar, PaketData.class);
        } catch (JsonProcessingException e) {
            return new HasilPemeriksaan(List.of(new GalatPaket(e instanceof JsonMappingException m ? jalur(m) : "$", "nilai tidak dapat dibaca sebagai bagian paket"
                    + " data")), Optional.empty());
        }
        galat.addAll(new PemeriksaPaket(paket).periksa());
        return new HasilPemeriksaan(galat, galat.isEmpty() ? Optional.of(paket) : Optional.empty());
    }

    /** Jackson's English reason, said in Bahasa Indonesia. */
    private static String sebab(JsonProcessingException e, JsonParser parser, String json, JsonLocation lokasi) {
        String asli = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (asli.contains("nesting depth")) {
                return "susunan bersarang terlalu dalam (lebih dari " + KEDALAMAN_MAKS + " tingkat)";
            }
            if (asli.contains("Number value length") || asli.contains("Number")) {
                return "angka terlalu panjang";
            }
            if (asli.contains("String value length") || asli.contains("Name length")) {
                return "teks terlalu panjang";
            }
            return "berkas melampaui batas ukuran JSON";
        }
        if (asli.startsWith("Duplicate Object property") || asli.startsWith("Duplicate field")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\"']([^\"']*)[\"']").matcher(asli);
            String nama = m.find() ? m.group(1) : "";
            return "kolom \"" + nama + "\" muncul lebih dari sekali dalam satu objek";
        }
        if ("trailing".equals(asli) || asli.contains("Trailing token")) {
            return "ada isi lain sesudah akhir paket (sesudah kurung kurawal penutup)";
        }
        if (e instanceof JsonEOFException || asli.contains("end-of-input")) {
            return "berkas berakhir sebelum JSON selesai (terpotong, atau kurung/kutip tidak ditutup)";
        }
        long offset = lokasi.getCharOffset();
        if (offset >= 0 && offset < json.length()) {
            int cp = json.codePointAt((int) Math.min(offset, json.length() - 1));
            String tanda = Character.isISOControl(cp) || Character.isWhitespace(cp)
                    ? String.format("U+%04X", cp) : "'" + new String(Character.toChars(cp)) + "'";
            return "karakter " + tanda + " tidak diharapkan di sini";
        }
        return "sintaks JSON tidak sah";
    }

    private static String jalur(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
        }
        return sb.toString();
    }

    /** The canonical JSON text of a package. */
    public static String tulis(PaketData paket) {
        try {
            return JSON.writeValueAsString(paket) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One part of a package (e.g. a {@link PaketData.Kerangka}) as canonical JSON, for storing it whole in one
     * column; {@link #bacaBagian} reads it back.
     */
    public static String tulisBagian(Object bagian) {
        try {
            return JSON.writeValueAsString(bagian);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A part written by {@link #tulisBagian}. */
    public static <T> T bacaBagian(String json, Class<T> jenis) {
        try {
            return JSON.readValue(json, jenis);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bagian paket tidak terbaca sebagai " + jenis.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Errors as JSON ({@code {"sah": false, "galat": [{"jalur": …, "pesan": …}]}}), for the CLI. */
    public static String galatSebagaiJson(HasilPemeriksaan hasil) {
        try {
            var akar = JSON.createObjectNode();
            akar.put("sah", hasil.sah());
            akar.put("jumlahGalat", hasil.galat().size());
            var daftar = akar.putArray("galat");
            hasil.galat().forEach(g -> daftar.addObject().put("jalur", g.jalur()).put("pesan", g.pesan()));
            return JSON.writeValueAsString(akar) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list that may be absent in the package. */
    public static <T> List<T> daftar(List<T> l) {
        return l == null ? List.of() : l;
    }
}
