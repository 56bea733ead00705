package id.akuntara.core.paket;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading, checking and writing data packages. {@link #periksa} never throws for a bad package: it returns every
 * error with its JSON path. {@link #tulis} writes the canonical form (fixed field order, no nulls or empty lists,
 * plain decimals, two-space indentation), so export → import → export yields the same bytes.
 */
public final class Paket {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private Paket() {
    }

    /** Parses and checks a package; the package is returned only when it is valid. */
    public static HasilPemeriksaan periksa(String json) {
        JsonNode akar;
        try {
            akar = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new HasilPemeriksaan(List.of(new GalatPaket("$", "Berkas bukan JSON yang sah (baris "
                    + e.getLocation().getLineNr() + ", kolom " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage())), Optional.empty());
        }
        if (akar == null || akar.isMissingNode()) {
            return new HasilPemeriksaan(List.of(new GalatPaket("$", "Berkas kosong.")), Optional.empty());
        }
        List<GalatPaket> galat = new ArrayList<>(PemeriksaTipe.periksa(akar, PaketData.class));
        if (!galat.isEmpty()) {
            return new HasilPemeriksaan(galat, Optional.empty());
        }
        PaketData paket;
        try {
            paket = JSON.treeToValue(akar, PaketData.class);
        } catch (JsonProcessingException e) {
            return new HasilPemeriksaan(List.of(new GalatPaket("$", "Paket tidak dapat dibaca: " + e.getOriginalMessage())),
                    Optional.empty());
        }
        galat.addAll(new PemeriksaPaket(paket).periksa());
        return new HasilPemeriksaan(galat, galat.isEmpty() ? Optional.of(paket) : Optional.empty());
    }

    /** The canonical JSON text of a package. */
    public static String tulis(PaketData paket) {
        try {
            return JSON.writeValueAsString(paket) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
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
