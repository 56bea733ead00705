package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kaltim 2022's Asisten PKs created from the Sekda's through the API, the cascade check reporting the sums, and
 * signing making them immutable.
 *
 * <p>The seeds hold the Sekda's PK 2022 (PK-2022-SEKDA, Rp 254.986.626.497, signed 3 January 2022 by Sekda Muhammad
 * Sa'bani) and the three signed Asisten PKs derived from it (kaltim-c agreements). They also hold that Sa'bani's
 * assignment ended on 21 February 2022 and a Pj. Sekretaris Daerah took office that day (penugasan pj-sekda-riza). The
 * flow is the one a secretariat follows after a change of officeholder (domain.md: a PK is revised within the year
 * after a change of officeholder): the Sekda's PK Perubahan names the Pj. Sekda as first party and why; the three
 * Asisten PKs are drafted again from it, as its children, with the rows and amounts of their signed PKs (the Pj. Sekda
 * is now their second party), each replacing its Asisten's signed PK; the cascade check adds up to Rp 254.986.626.497;
 * the pimpinan signs; a later change is refused with the reason. The date of this PK Perubahan (1 March 2022) is the
 * scenario's, not a seed fact. No other IT uses Kaltim's 2022 PKs.
 */
@UjiIntegrasi
class PerjanjianKaltimIT {

    private static final String API = "api/v1/perjanjian-kinerja";
    private static final String SEKDA = "PK-2022-SEKDA";
    private static final String SEKDA_P2 = "PK-2022-SEKDA-P2";
    private static final List<String> ASISTEN = List.of("PK-2022-ASADUM", "PK-2022-ASPAP", "PK-2022-ASPEMKESRA");
    private static final BigDecimal TOTAL = new BigDecimal("254986626497");
    private static final String ALASAN_ASISTEN = "Pihak kedua berganti: Pj. Sekretaris Daerah menjabat sejak 21 Februari 2022";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String operator = Keycloak.token("operator.kaltim");
    private final String pimpinan = Keycloak.token("pimpinan.kaltim");

    @Test
    void asistenDiturunkanDariSekdaKaskadeMenjumlahDanTandaTanganMengunci() {
        // the seed: the Sekda's signed PK and its three signed Asisten PKs, which already add up
        JsonNode daftar = ok(Api.get(API + "?tahun=2022", operator));
        assertEquals(4, daftar.get("jumlah").asInt(), daftar.toString());
        JsonNode awal = ok(Api.get(API + "/" + SEKDA + "/kaskade", operator));
        assertTrue(awal.get("seimbang").asBoolean(), awal.toString());
        assertEquals("Rp 254.986.626.497", awal.at("/total/anak/teks").asText(), awal.toString());

        // 1. the Sekda's PK Perubahan: the Pj. Sekda signs, with the reason
        HttpResponse<String> perubahan = Api.kirimJson("POST", API + "/" + SEKDA + "/perubahan", operator, """
                {"alasan": "Pergantian pejabat: Pj. Sekretaris Daerah menjabat sejak 21 Februari 2022",
                 "pihakPertama": "pj-sekda-riza"}""");
        assertEquals(201, perubahan.statusCode(), perubahan.body());
        assertTrue(perubahan.headers().firstValue("Location").orElse("").endsWith("/api/v1/perjanjian-kinerja/" + SEKDA_P2),
                perubahan.headers().toString());
        JsonNode sekda = Api.json(perubahan);
        assertEquals(SEKDA_P2, sekda.get("kode").asText());
        assertEquals(SEKDA, sekda.get("menggantikan").asText());
        assertEquals(2, sekda.get("versiKe").asInt());
        assertEquals("PERUBAHAN", sekda.get("jenisVersi").asText());
        assertEquals("DRAFT", sekda.get("status").asText());
        assertEquals("Pj. Sekretaris Daerah Provinsi Kalimantan Timur", sekda.at("/pihakPertama/sebutan").asText());
        assertEquals("Gubernur Kalimantan Timur", sekda.at("/pihakKedua/sebutan").asText());
        assertEquals("Rp 254.986.626.497", sekda.at("/totalTertulis/teks").asText());
        // edited while a draft: the date it is signed
        sekda = ok(Api.kirimJson("PUT", API + "/" + SEKDA_P2, operator,
                "{\"versi\": " + sekda.get("versi").asLong() + ", \"tempat\": \"Samarinda\", \"tanggal\": \"2022-03-01\"}"));
        assertEquals("1 Maret 2022", sekda.get("tanggalTampil").asText());

        // 2. the Asisten PKs drafted again from it: each signed Asisten PK's rows and amounts, by the Sekda's numbers
        Map<String, Integer> nomorBaris = nomor(sekda.get("baris"), "indikator");
        Map<String, Integer> nomorProgram = nomor(sekda.get("program"), "namaProgram");
        List<ObjectNode> permintaan = new ArrayList<>();
        for (String kode : ASISTEN) {
            permintaan.add(dariPkTertandatangan(ok(Api.get(API + "/" + kode, operator)), nomorBaris, nomorProgram));
        }
        // a target that is not the Sekda's is refused, naming the row: 66 is the Indeks Kelembagaan target of 2021
        ObjectNode salah = permintaan.get(0).deepCopy();
        ((ObjectNode) salah.get("baris").get(1)).put("target", "66");
        HttpResponse<String> ditolak = Api.kirimJson("POST", API + "/" + SEKDA_P2 + "/anak", operator, salah.toString());
        assertEquals(422, ditolak.statusCode(), ditolak.body());
        JsonNode galat = Api.json(ditolak).get("errors").get(0);
        assertEquals("baris[1].target", galat.get("field").asText(), ditolak.body());
        assertEquals("66", galat.get("nilai").asText());
        assertTrue(galat.get("pesan").asText().contains("baris 9") && galat.get("pesan").asText().contains("67"),
                galat.toString());
        for (ObjectNode q : permintaan) {
            HttpResponse<String> dibuat = Api.kirimJson("POST", API + "/" + SEKDA_P2 + "/anak", operator, q.toString());
            assertEquals(201, dibuat.statusCode(), dibuat.body());
            JsonNode anak = Api.json(dibuat);
            assertEquals(SEKDA_P2, anak.get("induk").asText());
            assertEquals(q.get("menggantikan").asText(), anak.get("menggantikan").asText());
            assertEquals("pj-sekda-riza", anak.at("/pihakKedua/penugasan").asText());
            assertEquals(q.get("totalTertulis").asText(), anak.at("/totalTertulis/teks").asText().substring(3));
        }

        // 3. the cascade check: the three Asisten PKs sum to the Sekda's Rp 254.986.626.497
        JsonNode kaskade = ok(Api.get(API + "/" + SEKDA_P2 + "/kaskade", Keycloak.token("verifikator.kaltim")));
        List<String> anak = new ArrayList<>();
        kaskade.get("anak").forEach(a -> anak.add(a.get("kode").asText()));
        assertEquals(List.of("PK-2022-ASADUM-P2", "PK-2022-ASPAP-P2", "PK-2022-ASPEMKESRA-P2"), anak);
        assertEquals(0, TOTAL.compareTo(kaskade.at("/total/induk/nilai").decimalValue()), kaskade.toString());
        assertEquals(0, TOTAL.compareTo(kaskade.at("/total/anak/nilai").decimalValue()), kaskade.toString());
        assertEquals("Rp 254.986.626.497", kaskade.at("/total/induk/teks").asText());
        assertEquals("Rp 254.986.626.497", kaskade.at("/total/anak/teks").asText());
        assertTrue(kaskade.at("/total/anak/terbilang").asText().startsWith("dua ratus lima puluh empat miliar"), kaskade.toString());
        assertTrue(kaskade.at("/total/sama").asBoolean());
        assertEquals(8, kaskade.get("program").size());
        kaskade.get("program").forEach(p -> assertTrue(p.get("sama").asBoolean(), p.toString()));
        JsonNode penunjang = kaskade.get("program").get(0);
        assertEquals("Rp 188.357.994.218", penunjang.at("/induk/teks").asText());
        assertEquals(3, penunjang.get("rincian").size(), penunjang.toString());
        assertEquals(0, kaskade.get("jumlahTemuan").asInt(), kaskade.toString());
        assertTrue(kaskade.get("seimbang").asBoolean());

        // 4. signing: the pimpinan only
        assertEquals(403, Api.kirimJson("POST", API + "/" + SEKDA_P2 + "/tanda-tangan", operator,
                "{\"versi\": " + sekda.get("versi").asLong() + "}").statusCode());
        for (String kode : List.of(SEKDA_P2, "PK-2022-ASADUM-P2", "PK-2022-ASPAP-P2", "PK-2022-ASPEMKESRA-P2")) {
            long versi = ok(Api.get(API + "/" + kode, operator)).get("versi").asLong();
            JsonNode ditandatangani = ok(Api.kirimJson("POST", API + "/" + kode + "/tanda-tangan", pimpinan,
                    "{\"versi\": " + versi + "}"));
            assertEquals("DITANDATANGANI", ditandatangani.get("status").asText());
            assertFalse(ditandatangani.get("ditandatanganiPada").asText().isBlank());
        }

        // 5. a signed PK is immutable: a change is 409 with the reason, in the caller's language
        JsonNode adum = ok(Api.get(API + "/PK-2022-ASADUM-P2", operator));
        String ubah = "{\"versi\": " + adum.get("versi").asLong() + ", \"tempat\": \"Balikpapan\"}";
        HttpResponse<String> konflik = Api.kirimJson("PUT", API + "/PK-2022-ASADUM-P2", operator, ubah);
        assertEquals(409, konflik.statusCode(), konflik.body());
        assertTrue(konflik.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode masalah = Api.json(konflik);
        assertEquals("urn:akuntara:masalah:konflik", masalah.get("type").asText());
        assertTrue(masalah.get("detail").asText().contains("sudah ditandatangani")
                && masalah.get("detail").asText().contains("PK Perubahan"), konflik.body());
        HttpResponse<String> konflikEn = Api.kirimJson("PUT", API + "/PK-2022-ASADUM-P2", operator, ubah,
                "Accept-Language", "en");
        assertEquals(409, konflikEn.statusCode());
        assertTrue(Api.json(konflikEn).get("detail").asText().contains("is signed and cannot change"), konflikEn.body());
        assertEquals(409, Api.kirimJson("POST", API + "/PK-2022-ASADUM-P2/tanda-tangan", pimpinan,
                "{\"versi\": " + adum.get("versi").asLong() + "}").statusCode());
        assertEquals("Samarinda", ok(Api.get(API + "/PK-2022-ASADUM-P2", operator)).get("tempat").asText(), "unchanged");

        // 6. the PK Perubahan names the version it replaces and why; the replaced one says who replaced it
        assertEquals("PK-2022-ASADUM", adum.get("menggantikan").asText());
        assertEquals(ALASAN_ASISTEN, adum.get("alasanPerubahan").asText());
        assertEquals(2, adum.get("riwayatVersi").size());
        assertEquals("DITANDATANGANI", adum.at("/riwayatVersi/0/status").asText());
        assertEquals("PK-2022-ASADUM-P2", ok(Api.get(API + "/PK-2022-ASADUM", operator)).get("digantikanOleh").asText());
        JsonNode as1 = ok(Api.get(API + "?tahun=2022&unit=AS1", operator));
        assertEquals(2, as1.get("jumlah").asInt(), as1.toString());
        assertEquals("Plt. Asisten Pemerintahan dan Kesejahteraan Rakyat",
                as1.at("/perjanjianKinerja/1/pihakPertama/sebutan").asText(), as1.toString());
        // the replaced Sekda PK cannot be revised a second time
        assertEquals(409, Api.kirimJson("POST", API + "/" + SEKDA + "/perubahan", operator,
                "{\"alasan\": \"lagi\"}").statusCode());
    }

    /**
     * The request that drafts an Asisten's PK again from the Sekda's PK Perubahan: the signed PK's rows (by the Sekda's
     * row number, with the target as the signed PK states it), its programs (by the Sekda's number, the amount as
     * signed), unit and first party, replacing it.
     */
    private static ObjectNode dariPkTertandatangan(JsonNode pk, Map<String, Integer> nomorBaris,
            Map<String, Integer> nomorProgram) {
        ObjectNode q = JSON.createObjectNode();
        q.put("kode", pk.get("kode").asText() + "-P2");
        q.put("pihakPertama", pk.at("/pihakPertama/penugasan").asText());
        q.put("tempat", "Samarinda");
        q.put("tanggal", "2022-03-01");
        ArrayNode baris = q.putArray("baris");
        pk.get("baris").forEach(b -> baris.addObject().put("barisInduk", nomorBaris.get(b.get("indikator").asText()))
                .put("target", b.get("targetTeks").asText()));
        ArrayNode program = q.putArray("program");
        pk.get("program").forEach(p -> program.addObject().put("programInduk", nomorProgram.get(p.get("namaProgram").asText()))
                .put("jumlah", p.at("/jumlah/teks").asText()));
        q.put("totalTertulis", pk.at("/totalTertulis/teks").asText().substring(3));
        q.put("menggantikan", pk.get("kode").asText());
        q.put("alasanPerubahan", ALASAN_ASISTEN);
        return q;
    }

    private static Map<String, Integer> nomor(JsonNode daftar, String kunci) {
        Map<String, Integer> m = new HashMap<>();
        daftar.forEach(x -> m.put(x.get(kunci).asText(), x.get("nomor").asInt()));
        return m;
    }

    private static JsonNode ok(Api.Jawaban jawaban) {
        assertEquals(200, jawaban.status(), jawaban.body());
        return jawaban.json();
    }

    private static JsonNode ok(HttpResponse<String> jawaban) {
        return ok(new Api.Jawaban(jawaban.statusCode(), jawaban.body()));
    }
}
