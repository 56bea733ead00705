package id.akuntara.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A built-in data package made {@code n} times larger: its sasaran, indicators, targets, realisasi, rencana aksi and
 * budget lines are kept and copied {@code n − 1} times with the codes suffixed {@code -R1 … -R(n−1)}; every reference
 * between copied records (indicator → sasaran, member indicators, budget parent, budget → sasaran / indicator) points
 * to the same copy. The rows of each Perjanjian Kinerja and the IKU's indicator list are copied too, so a copied
 * indicator has the same candidate targets as its original and is measured the same. Everything else (units, plans,
 * tujuan, PK headers and programs, evaluations) is shared. The result is checked with {@link Paket#periksa}.
 */
final class PaketKelipatan {

    static final String KALTIM = "paket/prov-kaltim.json";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PaketKelipatan() {
    }

    /** The built-in package, read and checked. */
    static PaketData bawaan(String sumber) {
        return periksa(baca(sumber));
    }

    /** The package {@code n} times larger (n = 1: the package itself). */
    static PaketData kali(String sumber, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("kelipatan harus ≥ 1: " + n);
        }
        try {
            ObjectNode akar = (ObjectNode) JSON.readTree(baca(sumber));
            salin(akar, "sasaran", n, "kode");
            salin(akar, "indikator", n, "kode", "sasaran", "anggota[].indikator");
            salin(akar, "target", n, "indikator");
            salin(akar, "realisasi", n, "indikator");
            salin(akar, "rencanaAksi", n, "indikator");
            salin(akar, "anggaran", n, "kode", "induk", "sasaran[]", "indikator[]");
            for (JsonNode pk : daftar(akar, "perjanjianKinerja")) {
                salin((ObjectNode) pk, "baris", n, "sasaran", "indikator");
            }
            for (JsonNode iku : daftar(akar, "iku")) {
                if (iku.get("indikator") instanceof ArrayNode ind) {
                    List<String> asal = new ArrayList<>();
                    ind.forEach(x -> asal.add(x.asText()));
                    for (int r = 1; r < n; r++) {
                        for (String x : asal) {
                            ind.add(x + "-R" + r);
                        }
                    }
                }
            }
            return periksa(JSON.writeValueAsString(akar));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends n − 1 copies of every element of {@code node[nama]}, copy r with the given code fields suffixed "-Rr". */
    private static void salin(ObjectNode node, String nama, int n, String... kolom) {
        if (!(node.get(nama) instanceof ArrayNode arr)) {
            return;
        }
        List<ObjectNode> asal = new ArrayList<>();
        arr.forEach(x -> asal.add((ObjectNode) x));
        for (int r = 1; r < n; r++) {
            for (ObjectNode o : asal) {
                ObjectNode c = o.deepCopy();
                for (String k : kolom) {
                    akhiri(c, k, "-R" + r);
                }
                arr.add(c);
            }
        }
    }

    /** Suffixes a text field ("kode"), each text of an array field ("sasaran[]") or a field of each object ("anggota[].indikator"). */
    private static void akhiri(ObjectNode o, String kolom, String s) {
        if (kolom.contains("[].")) {
            String arr = kolom.substring(0, kolom.indexOf("[]."));
            String sub = kolom.substring(kolom.indexOf("[].") + 3);
            o.path(arr).forEach(x -> akhiri((ObjectNode) x, sub, s));
        } else if (kolom.endsWith("[]")) {
            JsonNode arr = o.get(kolom.substring(0, kolom.length() - 2));
            if (arr instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    a.set(i, TextNode.valueOf(a.get(i).asText() + s));
                }
            }
        } else if (o.hasNonNull(kolom)) {
            o.put(kolom, o.get(kolom).asText() + s);
        }
    }

    private static Iterable<JsonNode> daftar(ObjectNode akar, String nama) {
        JsonNode n = akar.get(nama);
        return n == null ? List.of() : n;
    }

    private static PaketData periksa(String json) {
        HasilPemeriksaan h = Paket.periksa(json);
        if (!h.sah()) {
            throw new IllegalStateException("paket tidak sah (" + h.galat().size() + " galat): "
                    + h.galat().subList(0, Math.min(10, h.galat().size())));
        }
        return h.paket().orElseThrow();
    }

    private static String baca(String sumber) {
        try (InputStream in = PaketKelipatan.class.getClassLoader().getResourceAsStream(sumber)) {
            if (in == null) {
                throw new IllegalStateException("paket " + sumber + " tidak ada di classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
