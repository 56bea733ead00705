package id.akuntara.core.pengukuran;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The read model as JSON: the record components' names are the field names, the same for the CLI's
 * {@code --format json}, the REST API and a stored snapshot. Numbers are JSON numbers at full precision; every
 * figure also carries {@code tampil}, the value as the pemda prints it.
 */
public final class KinerjaJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private KinerjaJson() {
    }

    public static String tulis(KinerjaTahunan k) {
        try {
            return MAPPER.writeValueAsString(k);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model kinerja tidak dapat ditulis sebagai JSON", e);
        }
    }

    /**
     * Any part of the read model or a record around it (a trace, the differences from a snapshot) with the same
     * names and numbers, for the API's other answers.
     */
    public static String tulisBagian(Object bagian) {
        try {
            return MAPPER.writeValueAsString(bagian);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bagian model kinerja tidak dapat ditulis sebagai JSON", e);
        }
    }

    public static KinerjaTahunan baca(String json) {
        try {
            return MAPPER.readValue(json, KinerjaTahunan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JSON model kinerja tidak sah: " + e.getOriginalMessage(), e);
        }
    }
}
