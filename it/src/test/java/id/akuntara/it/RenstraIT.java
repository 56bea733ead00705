package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Renstra and IKU through the API, on Kota Tanjungpinang (no other test writes it): the tree with every source's
 * target; an adopted Renstra refuses edits (409 with the reason); a Perubahan Renstra copies the tree into a draft;
 * the draft's target is edited (a bad input lists every field) while the old version keeps its target and the
 * figures ignore the draft; the authoritative source is changed and the figures of 2020 follow it
 * ({@code GET /api/v1/kinerja/2020}); the draft is adopted and the figures take its target; the source is set back;
 * the IKU is chosen.
 *
 * <p>Tanjungpinang 2020, IK-LPPD: PK 3,40 (its source) vs Renstra 3,30; IK-RUMUSAN: PK 100 vs Renstra 60 (LKIP 2020).
 */
@UjiIntegrasi
class RenstraIT {

    private static final String RENSTRA = "RENSTRA-SETDA-2018";
    private static final String P1 = "RENSTRA-SETDA-2018-P1";

    private static String operator() {
        return Keycloak.token("operator.tanjungpinang");
    }

    private static String admin() {
        return Keycloak.token("admin.tanjungpinang");
    }

    private static JsonNode kirim(String metode, String alamat, String token, String json, int status, String... header) {
        HttpResponse<String> r = Api.kirimJson(metode, "api/v1/" + alamat, token, json, header);
        assertEquals(status, r.statusCode(), metode + " " + alamat + ": " + r.body());
        if (status >= 400) {
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        }
        return Api.json(r);
    }

    private static JsonNode indikator(JsonNode pohon, String kode) {
        for (JsonNode t : pohon.get("tujuan")) {
            for (JsonNode i : t.get("indikator")) {
                if (i.get("kode").asText().equals(kode)) {
                    return i;
                }
            }
            for (JsonNode s : t.get("sasaran")) {
                for (JsonNode i : s.get("indikator")) {
                    if (i.get("kode").asText().equals(kode)) {
                        return i;
                    }
                }
            }
        }
        throw new AssertionError("indikator " + kode + " tidak ada: " + pohon);
    }

    private static JsonNode target(JsonNode pohon, String kode, int tahun) {
        for (JsonNode t : indikator(pohon, kode).get("target")) {
            if (t.get("tahun").asInt() == tahun) {
                return t;
            }
        }
        throw new AssertionError(kode + " tanpa tahun " + tahun);
    }

    private static JsonNode sumber(JsonNode targetTahun, String sumber) {
        for (JsonNode s : targetTahun.get("sumber")) {
            if (s.get("sumber").asText().equals(sumber)) {
                return s;
            }
        }
        throw new AssertionError("tanpa sumber " + sumber + ": " + targetTahun);
    }

    private static void angka(String diharapkan, JsonNode nilai) {
        assertEquals(0, new BigDecimal(diharapkan).compareTo(nilai.decimalValue()), nilai.toString());
    }

    /** The authoritative target of an indicator in the year's figures. */
    private static JsonNode targetKinerja(int tahun, String kode) {
        JsonNode k = Api.get("api/v1/kinerja/" + tahun, operator()).json();
        assertEquals("kota-tanjungpinang", k.get("pemda").asText());
        for (JsonNode i : k.get("indikator")) {
            if (i.get("kode").asText().equals(kode)) {
                return i.get("target");
            }
        }
        throw new AssertionError(kode + " tidak ada di kinerja " + tahun);
    }

    private static List<String> field(JsonNode masalah) {
        List<String> f = new ArrayList<>();
        masalah.get("errors").forEach(e -> {
            f.add(e.get("field").asText());
            assertFalse(e.get("pesan").asText().isBlank(), e.toString());
        });
        return f;
    }

    @Test
    void renstraPerubahanSumberTargetDanIku() {
        // the tree of the adopted Renstra, with every source's target and the authoritative one
        JsonNode daftar = Api.get("api/v1/renstra", operator()).json();
        assertEquals(RENSTRA, daftar.get(0).get("kode").asText(), daftar.toString());
        assertEquals("DITETAPKAN", daftar.get(0).get("status").asText());
        JsonNode pohon = kirim("GET", "renstra/" + RENSTRA, operator(), null, 200);
        assertEquals("PK", pohon.get("sumberTargetBerwenang").asText());
        assertFalse(pohon.get("renstra").get("dapatDiubah").asBoolean());
        JsonNode lppd = indikator(pohon, "IK-LPPD");
        assertEquals("NAIK", lppd.get("polaritas").asText());
        assertEquals("SKOR_EKSTERNAL", lppd.get("jenis").asText());
        assertEquals("IKD", lppd.get("kelompok").asText());
        assertEquals("IKU", indikator(pohon, "IK-IRB").get("kelompok").asText());
        JsonNode t2020 = target(pohon, "IK-LPPD", 2020);
        assertTrue(t2020.get("berbeda").asBoolean(), t2020.toString());
        assertEquals("PK", t2020.get("berwenang").get("sumber").asText());
        angka("3.4", t2020.get("berwenang").get("nilai"));
        angka("3.3", sumber(t2020, "RENSTRA").get("nilai"));
        assertFalse(sumber(t2020, "RENSTRA").get("samaDenganBerwenang").asBoolean());
        long versiLama = pohon.get("renstra").get("versi").asLong();

        // an adopted Renstra refuses edits with the reason, in the caller's language
        JsonNode tolak = kirim("PUT", "renstra/" + RENSTRA + "/indikator/IK-LPPD/target/2020/RENSTRA", operator(),
                "{\"nilai\":\"3,35\",\"versi\":" + versiLama + "}", 409);
        assertTrue(tolak.get("detail").asText().contains("bukan draf"), tolak.toString());
        JsonNode tolakEn = kirim("POST", "renstra/" + RENSTRA + "/sasaran", operator(), "{}", 409, "Accept-Language", "en");
        assertTrue(tolakEn.get("detail").asText().contains("not a draft"), tolakEn.toString());

        // Perubahan Renstra: a draft copy naming the old version and why
        HttpResponse<String> dibuat = Api.kirimJson("POST", "api/v1/renstra/" + RENSTRA + "/perubahan", operator(),
                "{\"kode\":\"" + P1 + "\",\"alasan\":\"Penyesuaian target LPPD dengan RPJMD perubahan\",\"versi\":" + versiLama + "}");
        assertEquals(201, dibuat.statusCode(), dibuat.body());
        assertTrue(dibuat.headers().firstValue("Location").orElse("").endsWith("/api/v1/renstra/" + P1), dibuat.headers().toString());
        JsonNode draf = Api.json(dibuat);
        assertEquals("DRAF", draf.get("renstra").get("status").asText());
        assertEquals(RENSTRA, draf.get("renstra").get("menggantikan").asText());
        assertEquals("Penyesuaian target LPPD dengan RPJMD perubahan", draf.get("renstra").get("alasanPerubahan").asText());
        assertTrue(sumber(target(draf, "IK-LPPD", 2020), "RENSTRA").get("dapatDiubah").asBoolean());
        long versiDraf = draf.get("renstra").get("versi").asLong();

        // every invalid field at once
        JsonNode salah = kirim("PUT", "renstra/" + P1 + "/indikator/IK-LPPD/target/2030/RENSTRA", operator(),
                "{\"nilai\":\"3.35\",\"nilaiAtas\":\"abc\"}", 422);
        assertEquals(List.of("tahun", "nilai", "nilaiAtas", "versi"), field(salah));
        JsonNode salahIndikator = kirim("PUT", "renstra/" + P1 + "/indikator/IK-LPPD", operator(),
                "{\"nama\":\"Nilai LPPD\",\"satuan\":\"\",\"polaritas\":\"ke atas\",\"jenis\":\"SKOR_EKSTERNAL\",\"sasaran\":\"S1\","
                        + "\"kondisiAwal\":{\"nilai\":\"3,2,1\"},\"versi\":" + versiDraf + "}", 422);
        assertEquals(List.of("satuan", "polaritas", "kondisiAwal.nilai"), field(salahIndikator));

        JsonNode diubah = kirim("PUT", "renstra/" + P1 + "/indikator/IK-LPPD/target/2020/RENSTRA", operator(),
                "{\"nilai\":\"3,35\",\"label\":\"3,35\",\"versi\":" + versiDraf + "}", 200);
        angka("3.35", sumber(target(diubah, "IK-LPPD", 2020), "RENSTRA").get("nilai"));
        assertEquals("3,35", sumber(target(diubah, "IK-LPPD", 2020), "RENSTRA").get("tampil").asText());
        kirim("PUT", "renstra/" + P1 + "/indikator/IK-LPPD/target/2020/RENSTRA", operator(),
                "{\"nilai\":\"3,4\",\"versi\":" + versiDraf + "}", 409);

        // the old version stays readable with its old target
        JsonNode lama = kirim("GET", "renstra/" + RENSTRA, Keycloak.token("verifikator.tanjungpinang"), null, 200);
        angka("3.3", sumber(target(lama, "IK-LPPD", 2020), "RENSTRA").get("nilai"));
        assertEquals(P1, lama.get("renstra").get("digantikanOleh").get(0).asText());

        // the authoritative source: PK → RENSTRA changes the figures of 2020; the draft counts for nothing
        assertEquals("PK", targetKinerja(2020, "IK-LPPD").get("sumber").asText());
        angka("100", targetKinerja(2020, "IK-RUMUSAN").get("nilai"));
        JsonNode pengaturan = kirim("GET", "pengaturan/sumber-target", operator(), null, 200);
        assertEquals("PK", pengaturan.get("sumberTarget").asText());
        long versiPengaturan = pengaturan.get("versi").asLong();
        JsonNode sumberSalah = kirim("PUT", "pengaturan/sumber-target", admin(), "{\"sumberTarget\":\"PKX\"}", 422);
        assertEquals(List.of("sumberTarget", "versi"), field(sumberSalah));
        kirim("PUT", "pengaturan/sumber-target", operator(), "{\"sumberTarget\":\"RENSTRA\",\"versi\":" + versiPengaturan + "}", 403);
        JsonNode renstraSumber = kirim("PUT", "pengaturan/sumber-target", admin(),
                "{\"sumberTarget\":\"RENSTRA\",\"versi\":" + versiPengaturan + "}", 200);
        assertEquals("RENSTRA", renstraSumber.get("sumberTarget").asText());
        JsonNode lppdRenstra = targetKinerja(2020, "IK-LPPD");
        assertEquals("RENSTRA", lppdRenstra.get("sumber").asText());
        angka("3.3", lppdRenstra.get("nilai"));
        angka("60", targetKinerja(2020, "IK-RUMUSAN").get("nilai"));

        // adoption: the draft's tree becomes the plan; the figures take its target, the old version keeps its own
        JsonNode ditetapkan = kirim("POST", "renstra/" + P1 + "/penetapan", Keycloak.token("pimpinan.tanjungpinang"),
                "{\"ditetapkan\":\"2021-08-20\",\"versi\":" + diubah.get("renstra").get("versi").asLong() + "}", 200);
        assertEquals("DITETAPKAN", ditetapkan.get("renstra").get("status").asText());
        angka("3.35", targetKinerja(2020, "IK-LPPD").get("nilai"));
        JsonNode digantikan = kirim("GET", "renstra/" + RENSTRA, operator(), null, 200);
        assertEquals("DIGANTIKAN", digantikan.get("renstra").get("status").asText());
        angka("3.3", sumber(target(digantikan, "IK-LPPD", 2020), "RENSTRA").get("nilai"));
        kirim("PUT", "renstra/" + P1 + "/indikator/IK-LPPD/target/2020/RENSTRA", operator(),
                "{\"nilai\":\"3,4\",\"versi\":" + ditetapkan.get("renstra").get("versi").asLong() + "}", 409);

        // the source set back
        JsonNode kembali = kirim("PUT", "pengaturan/sumber-target", admin(),
                "{\"sumberTarget\":\"PK\",\"versi\":" + renstraSumber.get("versi").asLong() + "}", 200);
        assertEquals("PK", kembali.get("sumberTarget").asText());
        JsonNode lppdPk = targetKinerja(2020, "IK-LPPD");
        assertEquals("PK", lppdPk.get("sumber").asText());
        angka("3.4", lppdPk.get("nilai"));

        // the IKU: IK-IRB and IK-IKM, now with IK-LPPD
        kirim("PUT", "iku/IKU-SETDA-2018", operator(), "{\"indikator\":[\"IK-IRB\"],\"versi\":0}", 403);
        JsonNode iku = kirim("GET", "iku", operator(), null, 200).get(0);
        assertEquals("IKU-SETDA-2018", iku.get("kode").asText());
        assertEquals(2, iku.get("anggota").size(), iku.toString());
        long versiIku = iku.get("versi").asLong();
        JsonNode ikuSalah = kirim("PUT", "iku/IKU-SETDA-2018", admin(),
                "{\"indikator\":[\"IK-IRB\",\"IK-IKM\",\"IK-TIDAK-ADA\"],\"versi\":" + versiIku + "}", 422);
        assertEquals(List.of("indikator[2]"), field(ikuSalah));
        JsonNode ikuBaru = kirim("PUT", "iku/IKU-SETDA-2018", admin(),
                "{\"indikator\":[\"IK-IRB\",\"IK-IKM\",\"IK-LPPD\"],\"versi\":" + versiIku + "}", 200);
        assertEquals(3, ikuBaru.get("anggota").size());
        assertEquals("IK-LPPD", ikuBaru.get("anggota").get(2).get("indikator").asText());
        assertEquals("IKU", indikator(kirim("GET", "renstra/" + P1, operator(), null, 200), "IK-LPPD").get("kelompok").asText());
        JsonNode basi = kirim("PUT", "iku/IKU-SETDA-2018", admin(), "{\"indikator\":[\"IK-IRB\"],\"versi\":" + versiIku + "}", 409);
        assertEquals(ikuBaru.get("versi").asLong(), basi.get("versiSaatIni").asLong());
    }

    @Test
    void kodeDariPemdaLainTidakDitemukan() {
        // Kaltim has no Renstra RENSTRA-SETDA-2018 and no IKU-SETDA-2018: 404, never 403
        kirim("GET", "renstra/" + RENSTRA, Keycloak.token("operator.kaltim"), null, 404);
        kirim("PUT", "iku/IKU-SETDA-2018", Keycloak.token("admin.kaltim"), "{}", 404);
        kirim("GET", "renstra", Keycloak.token("kementerian"), null, 403);
    }
}
