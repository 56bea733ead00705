package id.akuntara.web.rest;

import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.ValidasiGagalException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GalatAplikasiMapperTest {

    private static ValidasiGagalException galat() {
        var pengumpul = new ValidasiGagalException.Pengumpul()
                .tambah("nilai", "12,3,4", "Angka tidak terbaca.", "Number not readable.")
                .jika(true, "penjelasan.faktorPenghambat", null, "Wajib diisi bila di bawah target.", "Required below target.")
                .jika(false, "periode", "TW5", "tidak dipakai", "unused");
        return assertThrows(ValidasiGagalException.class, pengumpul::periksa);
    }

    @Test
    void validasiMenyebutSetiapIsianDenganNilainya() {
        JsonObject json = baca(GalatAplikasiMapper.Validasi.validasi(galat(), Masalah.untuk(422, "/api/v1/x", Masalah.Bahasa.ID)));
        assertEquals("urn:akuntara:masalah:data-tidak-sah", json.getString("type"));
        assertEquals(422, json.getInt("status"));
        JsonArray daftar = json.getJsonArray("errors");
        assertEquals(2, daftar.size());
        assertEquals("nilai", daftar.getJsonObject(0).getString("field"));
        assertEquals("12,3,4", daftar.getJsonObject(0).getString("nilai"));
        assertEquals("Angka tidak terbaca.", daftar.getJsonObject(0).getString("pesan"));
        assertTrue(daftar.getJsonObject(1).isNull("nilai"));
        assertEquals("2 isian tidak sah.", json.getString("detail"));
    }

    @Test
    void validasiDalamBahasaInggris() {
        JsonObject json = baca(GalatAplikasiMapper.Validasi.validasi(galat(), Masalah.untuk(422, null, Masalah.Bahasa.EN)));
        assertEquals("Invalid data", json.getString("title"));
        assertEquals("Required below target.", json.getJsonArray("errors").getJsonObject(1).getString("pesan"));
    }

    @Test
    void konflikVersiMembawaVersiSaatIni() {
        JsonObject json = baca(GalatAplikasiMapper.KonflikVersi.konflik(new KonflikVersiException("Realisasi X", 3, 5),
                Masalah.untuk(409, null, Masalah.Bahasa.ID)));
        assertEquals(5, json.getInt("versiSaatIni"));
        assertTrue(json.getString("detail").contains("versi 3"), json.toString());
        assertThrows(KonflikVersiException.class, () -> KonflikVersiException.periksa("R", 1, 2));
        KonflikVersiException.periksa("R", 2, 2);
    }

    private static JsonObject baca(Masalah masalah) {
        return Json.createReader(new StringReader(masalah.json())).readObject();
    }

    @Test
    void rantaiPenyebabDikenaliDenganNama() {
        RuntimeException json = new RuntimeException("dibungkus", new jakarta.json.JsonException("bukan JSON"));
        assertTrue(KesalahanTakTerdugaMapper.adaDalamRantai(json, "jakarta.json.JsonException"));
        assertTrue(!KesalahanTakTerdugaMapper.adaDalamRantai(new IllegalStateException(), "jakarta.json.JsonException"));
    }
}
