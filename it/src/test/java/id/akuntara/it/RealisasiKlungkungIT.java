package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, first "done when": Klungkung's secretariat walks its 2020 realisasi of AKIP-PD (Rata-rata nilai evaluasi
 * AKIP perangkat daerah) through the API with real tokens, then the pimpinan fixes the year. Klungkung's authoritative
 * target source is the IKU table (its settings, docs/regions.md): target 82; the LKjIP 2020 (BAB III, Tabel 3.5) prints
 * realisasi 81,65 and capaian 99,57 % ("belum memenuhi target"), and that is what the fixed snapshot must hold.
 * The demo package leaves AKIP-PD and AKSI-NOM 2020 as drafts of Bagian Organisasi (docs/regions.md); no other IT
 * touches Klungkung 2020.
 *
 * <p>A second test checks the evidence rules on AKSI-NOM 2020 (a draft that stays a draft, so fixing the year is not
 * blocked whatever the order of the two tests).
 */
@UjiIntegrasi
class RealisasiKlungkungIT {

    private static final String TAHUN = "2020";

    private static final java.util.Map<String, String> TOKEN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One token per user for the whole walk (it lasts minutes; the walk takes seconds): dozens of password logins of the
     * same user within a few seconds trip Keycloak's brute-force detection, which then answers "user temporarily
     * disabled" to a correct password.
     */
    private static String token(String user) {
        return TOKEN.computeIfAbsent(user, Keycloak::token);
    }

    private static JsonNode baris(String kode, String periode, String user) {
        Api.Jawaban daftar = Api.get("api/v1/realisasi/" + TAHUN, token(user));
        assertEquals(200, daftar.status(), daftar.body());
        assertEquals("kab-klungkung", daftar.json().get("pemda").asText());
        for (JsonNode i : daftar.json().get("indikator")) {
            if (i.get("kode").asText().equals(kode)) {
                for (JsonNode r : i.get("realisasi")) {
                    if (r.get("periode").asText().equals(periode)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError(kode + " " + periode + " tidak ada di daftar: " + daftar.body());
    }

    private static HttpResponse<String> kirim(String metode, String alamat, String user, String json, String... header) {
        return Api.kirimJson(metode, "api/v1/" + alamat, token(user), json, header);
    }

    private static JsonNode ok(HttpResponse<String> jawaban, int status) {
        assertEquals(status, jawaban.statusCode(), jawaban.body());
        return Api.json(jawaban);
    }

    private static String versi(long v) {
        return "{\"versi\": \"" + v + "\"}";
    }

    @Test
    void sekretariatMenjalankanAlurAkipPd2020LaluPimpinanMenetapkanTahunnya() {
        // what the platform prints today for AKIP-PD 2020: the demo package's value against the IKU target
        JsonNode kinerja = Api.get("api/v1/kinerja/" + TAHUN, token("operator.klungkung")).json();
        JsonNode akip = indikator(kinerja, "AKIP-PD");
        assertEquals("IKU", akip.get("target").get("sumber").asText(), akip.toString());
        assertEquals("99,57", akip.get("capaian").get("tampil").asText(), akip.toString());

        JsonNode awal = baris("AKIP-PD", "TAHUNAN", "operator.klungkung");
        assertEquals("DRAFT", awal.get("statusAlur").asText(), awal.toString());
        assertEquals("82", awal.get("target").get("tampil").asText(), awal.toString());
        String id = awal.get("id").asText();

        // 1. the operator enters the value below target, without an explanation
        JsonNode diisi = ok(kirim("PUT", "realisasi/2020/AKIP-PD/tahunan", "operator.klungkung",
                "{\"versi\": " + awal.get("versi").asLong() + ", \"statusNilai\": \"ADA\", \"nilai\": \"81,65\","
                        + " \"keterangan\": \"Rata-rata Tabel 3.5: 3102,54 / 38\"}"), 200);
        assertEquals("81,65", diisi.get("nilaiTampil").asText());
        long v = diisi.get("versi").asLong();

        // 2. submitting without an explanation is refused, naming the field
        HttpResponse<String> ditolak = kirim("POST", "realisasi/" + id + "/ajukan", "operator.klungkung", versi(v));
        assertEquals(422, ditolak.statusCode(), ditolak.body());
        assertTrue(ditolak.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode galat = Api.json(ditolak).get("errors");
        assertEquals(1, galat.size(), ditolak.body());
        assertEquals("penjelasan.faktorPenghambat", galat.get(0).get("field").asText());
        assertTrue(galat.get(0).get("pesan").asText().contains("99,57"), ditolak.body());
        HttpResponse<String> ditolakEn = kirim("POST", "realisasi/" + id + "/ajukan", "operator.klungkung", versi(v),
                "Accept-Language", "en");
        assertTrue(Api.json(ditolakEn).get("errors").get(0).get("pesan").asText().contains("below the target"),
                ditolakEn.body());

        // 3. with its explanation, it is submitted; the year cannot be fixed while it is in the workflow
        v = ok(kirim("PUT", "realisasi/2020/AKIP-PD/TAHUNAN", "operator.klungkung", "{\"versi\": \"" + v + "\","
                + " \"statusNilai\": \"ADA\", \"nilai\": \"81,65\", \"keterangan\": \"Rata-rata Tabel 3.5: 3102,54 / 38\","
                + " \"penjelasan\": {\"faktorPendukung\": \"Pendampingan penyusunan SAKIP oleh Bagian Organisasi\","
                + " \"faktorPenghambat\": \"Nilai beberapa perangkat daerah turun karena refocusing anggaran COVID-19\","
                + " \"solusi\": \"Bimbingan teknis evaluasi SAKIP\"}}"), 200).get("versi").asLong();
        JsonNode diajukan = ok(kirim("POST", "realisasi/" + id + "/ajukan", "operator.klungkung", versi(v)), 200);
        assertEquals("DIAJUKAN", diajukan.get("statusAlur").asText());
        v = diajukan.get("versi").asLong();
        HttpResponse<String> belumBoleh = Api.kirim("POST", "api/v1/kinerja/2020/penetapan", token("pimpinan.klungkung"));
        assertEquals(409, belumBoleh.statusCode(), belumBoleh.body());
        assertTrue(Api.json(belumBoleh).get("detail").asText().contains("AKIP-PD TAHUNAN (DIAJUKAN)"), belumBoleh.body());

        // 4. the verifier returns it with a note (a note is required)
        JsonNode tanpaCatatan = Api.json(kirim("POST", "realisasi/" + id + "/kembalikan", "verifikator.klungkung", versi(v)));
        assertEquals("catatan", tanpaCatatan.get("errors").get(0).get("field").asText(), tanpaCatatan.toString());
        JsonNode dikembalikan = ok(kirim("POST", "realisasi/" + id + "/kembalikan", "verifikator.klungkung",
                "{\"versi\": " + v + ", \"catatan\": \"Lampirkan rekap nilai evaluasi 38 perangkat daerah (Tabel 3.5)\"}"), 200);
        assertEquals("DIKEMBALIKAN", dikembalikan.get("statusAlur").asText());
        long usang = v;
        v = dikembalikan.get("versi").asLong();
        HttpResponse<String> konflik = kirim("POST", "realisasi/" + id + "/ajukan", "operator.klungkung", versi(usang));
        assertEquals(409, konflik.statusCode(), konflik.body());
        assertEquals(v, Api.json(konflik).get("versiSaatIni").asLong(), konflik.body());

        // 5. the operator attaches the recap and submits again
        byte[] pdf = "%PDF-1.4\n% Rekap nilai evaluasi SAKIP 38 perangkat daerah 2020\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        ok(Api.kirimIsi("POST", "api/v1/realisasi/" + id + "/bukti?nama=rekap-evaluasi-sakip-2020.pdf",
                token("operator.klungkung"), "application/pdf", pdf), 201);
        v = ok(kirim("POST", "realisasi/" + id + "/ajukan", "operator.klungkung", versi(v)), 200).get("versi").asLong();

        // 6. verified (not by the operator), then approved ("ditetapkan") by the pimpinan: locked
        assertEquals(403, kirim("POST", "realisasi/" + id + "/verifikasi", "operator.klungkung", versi(v)).statusCode());
        v = ok(kirim("POST", "realisasi/" + id + "/verifikasi", "verifikator.klungkung", versi(v)), 200).get("versi").asLong();
        JsonNode ditetapkan = ok(kirim("POST", "realisasi/" + id + "/tetapkan", "pimpinan.klungkung", versi(v)), 200);
        assertEquals("DISAHKAN", ditetapkan.get("statusAlur").asText());
        v = ditetapkan.get("versi").asLong();
        HttpResponse<String> terkunci = kirim("PUT", "realisasi/2020/AKIP-PD/tahunan", "operator.klungkung",
                "{\"versi\": " + v + ", \"statusNilai\": \"ADA\", \"nilai\": \"90\"}");
        assertEquals(409, terkunci.statusCode(), terkunci.body());

        // 7. the pimpinan fixes the year: the snapshot's capaian is the printed 99,57 %
        JsonNode penetapan = ok(Api.kirim("POST", "api/v1/kinerja/2020/penetapan", token("pimpinan.klungkung")), 201);
        assertEquals("pimpinan.klungkung", penetapan.get("ditetapkanOleh").asText());
        JsonNode tetap = indikator(Api.get("api/v1/kinerja/" + TAHUN, token("verifikator.klungkung")).json(), "AKIP-PD");
        assertEquals("99,57", tetap.get("capaian").get("tampil").asText(), tetap.toString());
        assertTrue(tetap.get("capaian").get("nilai").decimalValue().toPlainString().startsWith("99.573"), tetap.toString());
        assertEquals("82", tetap.get("target").get("tampil").asText());
        assertEquals(0, Api.get("api/v1/kinerja/" + TAHUN + "/selisih", token("pimpinan.klungkung")).json().get("jumlah").asInt());
        JsonNode sesudah = baris("AKIP-PD", "TAHUNAN", "pimpinan.klungkung");
        assertTrue(Api.get("api/v1/realisasi/" + TAHUN, token("pimpinan.klungkung")).json().get("tahunDitetapkan").asBoolean());
        assertEquals("99,57", sesudah.get("capaian").get("tampil").asText(), sesudah.toString());

        // 8. the history lists each step with its user
        assertEquals(403, Api.get("api/v1/realisasi/" + id + "/riwayat", token("operator.klungkung")).status());
        Api.Jawaban riwayat = Api.get("api/v1/realisasi/" + id + "/riwayat", token("verifikator.klungkung"));
        assertEquals(200, riwayat.status(), riwayat.body());
        List<String> langkah = new ArrayList<>();
        for (JsonNode l : riwayat.json()) {
            langkah.add(l.get("langkah").asText() + " " + l.get("username").asText());
        }
        assertEquals(List.of("dibuat sistem:paket-bawaan", "diubah operator.klungkung", "diubah operator.klungkung",
                "diajukan operator.klungkung", "dikembalikan verifikator.klungkung", "bukti-diunggah operator.klungkung",
                "diajukan operator.klungkung", "diverifikasi verifikator.klungkung", "ditetapkan pimpinan.klungkung"),
                langkah, riwayat.body());
        assertEquals("Lampirkan rekap nilai evaluasi 38 perangkat daerah (Tabel 3.5)", riwayat.json().get(4).get("catatan").asText());
        assertEquals(200, Api.get("api/v1/realisasi/" + id + "/riwayat", token("admin.klungkung")).status());
    }

    @Test
    void buktiDukungDiterimaMenurutIsinyaDanHanyaDiPemdaSendiri() throws Exception {
        String id = baris("AKSI-NOM", "TAHUNAN", "operator.klungkung").get("id").asText();
        String alamat = "api/v1/realisasi/" + id + "/bukti";
        String operator = token("operator.klungkung");

        byte[] xlsx = zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        HttpResponse<String> unggah = Api.kirimIsi("POST", alamat + "?nama=nominasi-sinovik-2020.xlsx", operator,
                "application/octet-stream", xlsx);
        JsonNode b = ok(unggah, 201);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b.get("jenisKonten").asText());
        assertEquals(sha256(xlsx), b.get("sha256").asText());
        assertEquals(xlsx.length, b.get("ukuran").asInt());
        String lokasi = unggah.headers().firstValue("Location").orElseThrow();
        assertTrue(lokasi.endsWith("/api/v1/realisasi/" + id + "/bukti/" + b.get("id").asText()), lokasi);

        HttpResponse<byte[]> unduh = unduh(alamat + "/" + b.get("id").asText(), operator);
        assertEquals(200, unduh.statusCode());
        assertArrayEquals(xlsx, unduh.body());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                unduh.headers().firstValue("Content-Type").orElse(""));
        assertTrue(unduh.headers().firstValue("Content-Disposition").orElse("").startsWith(
                "attachment; filename=\"nominasi-sinovik-2020.xlsx\""), unduh.headers().toString());
        assertEquals(b.get("id").asText(), Api.get(alamat, token("pimpinan.klungkung")).json().get(0).get("id").asText());

        // by content: a DOCX (a zip without xl/workbook.xml) named .xlsx, a renamed zip, a PNG declared JPEG
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertEquals("isi", galat(Api.kirimIsi("POST", alamat + "?nama=laporan.xlsx", operator,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", docx)).get(0).get("field").asText());
        assertEquals("isi", galat(Api.kirimIsi("POST", alamat + "?nama=arsip.xlsx", operator, "application/zip",
                zip("data.csv"))).get(0).get("field").asText());
        assertEquals("Content-Type", galat(Api.kirimIsi("POST", alamat + "?nama=foto.jpg", operator, "image/jpeg",
                ProbeRealisasi.PNG)).get(0).get("field").asText());
        assertEquals("nama", galat(Api.kirimIsi("POST", alamat, operator, "image/png", ProbeRealisasi.PNG)).get(0)
                .get("field").asText());
        // at most 10 MiB: exactly 10 MiB is stored, one byte more is refused
        byte[] besar = new byte[10 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, besar, 0, 9);
        assertEquals(201, Api.kirimIsi("POST", alamat + "?nama=pindaian-10mib.pdf", operator, "application/pdf", besar)
                .statusCode());
        JsonNode terlalu = galat(Api.kirimIsi("POST", alamat + "?nama=pindaian.pdf", operator, "application/pdf",
                Arrays.copyOf(besar, besar.length + 1)));
        assertEquals("isi", terlalu.get(0).get("field").asText());
        assertTrue(terlalu.get(0).get("pesan").asText().contains("10 MiB"), terlalu.toString());

        // only inside the same pemda, and only the operator uploads
        String lain = token("operator.kaltim");
        assertEquals(404, unduh(alamat + "/" + b.get("id").asText(), lain).statusCode());
        assertEquals(404, Api.get(alamat, lain).status());
        assertEquals(404, Api.kirimIsi("POST", alamat + "?nama=x.png", lain, "image/png", ProbeRealisasi.PNG).statusCode());
        assertEquals(403, Api.kirimIsi("POST", alamat + "?nama=x.png", token("verifikator.klungkung"), "image/png",
                ProbeRealisasi.PNG).statusCode());
        assertEquals("DRAFT", baris("AKSI-NOM", "TAHUNAN", "operator.klungkung").get("statusAlur").asText());
    }

    private static JsonNode galat(HttpResponse<String> jawaban) {
        assertEquals(422, jawaban.statusCode(), jawaban.body());
        return Api.json(jawaban).get("errors");
    }

    private static JsonNode indikator(JsonNode kinerja, String kode) {
        for (JsonNode i : kinerja.get("indikator")) {
            if (i.get("kode").asText().equals(kode)) {
                return i;
            }
        }
        throw new AssertionError(kode + " tidak ada");
    }

    private static HttpResponse<byte[]> unduh(String alamat, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + alamat))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] zip(String... entri) {
        try (ByteArrayOutputStream keluar = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(keluar)) {
            for (String e : entri) {
                z.putNextEntry(new ZipEntry(e));
                z.write(("<isi>" + e + "</isi>").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            z.finish();
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] isi) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
    }
}
