package id.akuntara.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.akuntara.core.reviu.Galat;
import id.akuntara.core.reviu.HasilReviu;
import id.akuntara.core.reviu.Temuan;

/**
 * JSON of a reviu: {@code {"ringkasan":{"baris","diperiksa","temuan","galat"},"temuan":[…],"galat":[…]}}, numbers of
 * the findings as strings in Indonesian format.
 */
final class ReviuJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReviuJsonWriter() {
    }

    static String tulis(HasilReviu hasil) {
        ObjectNode akar = JSON.createObjectNode();
        ObjectNode ringkasan = akar.putObject("ringkasan");
        ringkasan.put("baris", hasil.ringkasan().baris());
        ringkasan.put("diperiksa", hasil.ringkasan().diperiksa());
        ringkasan.put("temuan", hasil.ringkasan().temuan());
        ringkasan.put("galat", hasil.ringkasan().galat());
        ArrayNode temuan = akar.putArray("temuan");
        for (Temuan t : hasil.temuan()) {
            ObjectNode n = temuan.addObject();
            n.put("baris", t.baris());
            n.put("id", t.id());
            n.put("aturan", t.aturan());
            n.put("tercetak", t.tercetak());
            n.put("dihitung", t.dihitung());
            n.put("jenis", t.jenis().kode());
        }
        ArrayNode galat = akar.putArray("galat");
        for (Galat g : hasil.galat()) {
            ObjectNode n = galat.addObject();
            n.put("baris", g.baris());
            n.put("kolom", g.kolom());
            n.put("pesan", g.pesan());
        }
        try {
            return JSON.writeValueAsString(akar);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON reviu tidak dapat ditulis", e);
        }
    }
}
