package id.akuntara.web.rest.realisasi;

import id.akuntara.core.application.realisasi.IsianAlur;
import id.akuntara.core.application.realisasi.IsianRealisasi;
import id.akuntara.core.application.realisasi.Penjelasan;
import id.akuntara.core.galat.GalatIsian;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON bodies of the realisasi API as core's input records. Read leniently on purpose: the use case loads the
 * record first (another pemda's id is "not found" whatever was sent) and only then reports what is invalid, so this
 * mapping never refuses. A body that is not a JSON object becomes {@code null}; a field of the wrong shape (an object
 * where text is expected) becomes a {@link GalatIsian} the use case lists with its own. Numbers may be sent as text in
 * Indonesian notation ("81,65") or as JSON numbers (81.65, taken exactly).
 */
final class PemetaIsian {

    private PemetaIsian() {
    }

    static IsianRealisasi realisasi(String isi) {
        JsonObject o = objek(isi);
        if (o == null) {
            return null;
        }
        List<GalatIsian> galat = new ArrayList<>();
        Penjelasan penjelasan = null;
        JsonValue p = o.get("penjelasan");
        if (p instanceof JsonObject j) {
            penjelasan = new Penjelasan(teks(j, "faktorPendukung", "penjelasan.", galat), teks(j, "faktorPenghambat",
                    "penjelasan.", galat), teks(j, "solusi", "penjelasan.", galat), teks(j, "upaya", "penjelasan.", galat));
        } else if (p != null && p != JsonValue.NULL) {
            galat.add(new GalatIsian("penjelasan", p.toString(), "Penjelasan harus objek {faktorPendukung, faktorPenghambat,"
                    + " solusi, upaya}.", "The explanation must be an object {faktorPendukung, faktorPenghambat, solusi, upaya}."));
        }
        return new IsianRealisasi(teks(o, "versi", "", galat), teks(o, "statusNilai", "", galat), angka(o, "nilai", galat),
                teks(o, "tahunAsal", "", galat), teks(o, "keterangan", "", galat), penjelasan, galat);
    }

    static IsianAlur alur(String isi) {
        JsonObject o = objek(isi);
        if (o == null) {
            return null;
        }
        List<GalatIsian> galat = new ArrayList<>();
        return new IsianAlur(teks(o, "versi", "", galat), teks(o, "catatan", "", galat), galat);
    }

    private static JsonObject objek(String isi) {
        if (isi == null || isi.isBlank()) {
            return null;
        }
        try (JsonReader r = Json.createReader(new StringReader(isi))) {
            JsonValue v = r.readValue();
            return v instanceof JsonObject o ? o : null;
        } catch (JsonException e) {
            return null;
        }
    }

    /** A number field: a JSON number is written in Indonesian notation for core's parser; text passes as it is. */
    private static String angka(JsonObject o, String nama, List<GalatIsian> galat) {
        JsonValue v = o.get(nama);
        if (v instanceof JsonNumber n) {
            // no thousands grouping: "3.095" would be ambiguous to the parser, "3095" is not
            return n.bigDecimalValue().toPlainString().replace('.', ',');
        }
        return teks(o, nama, "", galat);
    }

    private static String teks(JsonObject o, String nama, String awalan, List<GalatIsian> galat) {
        JsonValue v = o.get(nama);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v.toString();
        }
        galat.add(new GalatIsian(awalan + nama, v.toString(), "Harus teks atau angka, bukan " + v.getValueType() + ".",
                "Must be text or a number, not " + v.getValueType() + "."));
        return null;
    }
}
