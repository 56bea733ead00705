package id.akuntara.it;

import com.fasterxml.jackson.databind.JsonNode;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The probe that cannot be forgotten: it finds every REST operation itself, in the OpenAPI document the API serves
 * ({@code GET /api/v1/openapi}, generated from the resources at build time), and calls each one with no token, a
 * forged token (signed by another key), a tampered token (Keycloak's signature, pemda changed), every role of pemda A
 * (Kota Pangkalpinang), every role of pemda B (Provinsi Kalimantan Timur) on A's addresses, and the two users without
 * a pemda. The status must be the one the feature's {@link BagianProbe} declares; an operation no part names fails the
 * probe, so a new endpoint cannot go unchecked. No answer to a caller of one pemda may carry the other pemda's code.
 */
@UjiIntegrasi
class ProbePeranIT {

    private static final int TAHUN_A = BagianProbe.TAHUN_A;
    private static final String PEMDA_A = BagianProbe.PEMDA_A;
    private static final String PEMDA_B = BagianProbe.PEMDA_B;

    /** The parts of the role matrix, one per feature. */
    static final List<BagianProbe> BAGIAN = List.of(
            new ProbeDasar(),
            new ProbeKinerja(),
            new ProbePerjanjian(),
            new ProbeRencana(),
            new ProbeRealisasi(),
            new ProbeAnggaran(),
            new ProbeRiwayat(),
            new ProbeLaporan(),
            new ProbePengguna(),
            new ProbeOrganisasi(),
            new ProbePengaturan(),
            new ProbePemda());

    /** A caller: name, token (null for none), role (null for an invalid token), pemda (null for none). */
    record Pemanggil(String nama, String token, String peran, String pemda) {
    }

    private static final Map<String, BagianProbe.Aturan> MATRIKS = new LinkedHashMap<>();
    private static final Map<String, BagianProbe> PEMILIK = new LinkedHashMap<>();
    private static String idJejakA;

    @BeforeAll
    static void siapkan() {
        for (BagianProbe bagian : BAGIAN) {
            bagian.siapkan();
            bagian.baris().forEach((op, aturan) -> {
                assertTrue(MATRIKS.put(op, aturan) == null, "operasi di dua bagian matriks: " + op);
                PEMILIK.put(op, bagian);
            });
        }
        idJejakA = ProbeKinerja.idJejakA;
    }

    @Test
    void setiapOperasiDenganSetiapPemanggil() {
        JsonNode dokumen = Api.get("api/v1/openapi", null).json();
        List<String> operasi = new ArrayList<>();
        dokumen.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (!m.equals("parameters")) {
                operasi.add(m.toUpperCase() + " " + p.getKey());
            }
        }));
        List<String> takTerdaftar = operasi.stream().filter(o -> !MATRIKS.containsKey(o)).toList();
        assertTrue(takTerdaftar.isEmpty(), "Operasi tanpa baris di matriks peran ProbePeranIT: " + takTerdaftar);
        Set<String> hilang = new TreeSet<>(MATRIKS.keySet());
        operasi.forEach(hilang::remove);
        assertTrue(hilang.isEmpty(), "Baris matriks tanpa operasi di dokumen OpenAPI: " + hilang);

        List<Pemanggil> pemanggil = pemanggil();
        List<String> gagal = new ArrayList<>();
        int panggilan = 0;
        for (String op : operasi) {
            String metode = op.substring(0, op.indexOf(' '));
            BagianProbe.Aturan aturan = MATRIKS.get(op);
            String alamat = PEMILIK.get(op).alamat(op);
            assertFalse(alamat.contains("{"), "parameter jalur tanpa nilai di probe: " + op + " → " + alamat);
            for (Pemanggil p : pemanggil) {
                panggilan++;
                int diharapkan = diharapkan(aturan, p);
                HttpResponse<String> jawaban = Api.kirimJson(metode, alamat, p.token(), aturan.isiJson());
                String kasus = op + " sebagai " + p.nama() + ": HTTP " + jawaban.statusCode() + ", diharapkan " + diharapkan;
                if (jawaban.statusCode() != diharapkan) {
                    gagal.add(kasus + " — " + potong(jawaban.body()));
                    continue;
                }
                if (jawaban.statusCode() >= 400
                        && !jawaban.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    gagal.add(kasus + " bukan problem+json: " + jawaban.headers().firstValue("Content-Type") + " " + potong(jawaban.body()));
                }
                String lain = PEMDA_A.equals(p.pemda()) ? PEMDA_B : PEMDA_B.equals(p.pemda()) ? PEMDA_A : null;
                if (lain != null && jawaban.body().contains(lain)) {
                    gagal.add(kasus + " memuat data " + lain + ": " + potong(jawaban.body()));
                }
                if (jawaban.statusCode() < 300 && p.pemda() != null && op.contains("/kinerja/")) {
                    JsonNode json = Api.json(jawaban);
                    if (!p.pemda().equals(json.path("pemda").asText())) {
                        gagal.add(kasus + " bukan pemda " + p.pemda() + ": " + potong(jawaban.body()));
                    }
                }
            }
        }
        System.out.printf("ProbePeranIT: %d operasi × %d pemanggil = %d panggilan, %d gagal%n", operasi.size(),
                pemanggil.size(), panggilan, gagal.size());
        if (!gagal.isEmpty()) {
            fail(gagal.size() + " dari " + panggilan + " panggilan tidak sesuai matriks:\n" + String.join("\n", gagal));
        }
    }

    /** The status the matrix gives this caller on this operation. */
    private static int diharapkan(BagianProbe.Aturan aturan, Pemanggil p) {
        if (aturan.peran() == null) {
            return aturan.sukses();
        }
        if (p.peran() == null) {
            return 401;
        }
        if (!aturan.peran().contains(p.peran())) {
            return 403;
        }
        return PEMDA_B.equals(p.pemda()) ? aturan.suksesB() : aturan.sukses();
    }

    private static List<Pemanggil> pemanggil() {
        String asli = Keycloak.token("operator.pangkalpinang");
        List<Pemanggil> daftar = new ArrayList<>(List.of(
                new Pemanggil("tanpa token", null, null, null),
                new Pemanggil("token palsu", Jwt.forged(asli), null, null),
                new Pemanggil("token diubah", Jwt.tampered(asli, PEMDA_A, PEMDA_B), null, null)));
        Map<String, String> peran = Map.of("admin", "admin-pemda", "operator", "operator", "verifikator", "verifikator",
                "pimpinan", "pimpinan");
        for (String[] pemda : new String[][] {{"pangkalpinang", PEMDA_A}, {"kaltim", PEMDA_B}}) {
            for (String awalan : List.of("admin", "operator", "verifikator", "pimpinan")) {
                String nama = awalan + "." + pemda[0];
                daftar.add(new Pemanggil(nama, Keycloak.token(nama), peran.get(awalan), pemda[1]));
            }
        }
        daftar.add(new Pemanggil("kementerian", Keycloak.token("kementerian"), "kementerian", null));
        daftar.add(new Pemanggil("admin.platform", Keycloak.token("admin.platform"), "admin-platform", null));
        return daftar;
    }

    /** The REST answer has the CLI's JSON names: the components of the read model KinerjaTahunan. */
    @Test
    void namaFieldSamaDenganModelBaca() {
        JsonNode json = Api.get("api/v1/kinerja/" + TAHUN_A, Keycloak.token("verifikator.pangkalpinang")).json();
        Set<String> field = new TreeSet<>();
        json.fieldNames().forEachRemaining(field::add);
        Set<String> komponen = new TreeSet<>();
        Arrays.stream(KinerjaTahunan.class.getRecordComponents()).forEach(k -> komponen.add(k.getName()));
        assertEquals(komponen, field);
        assertEquals(PEMDA_A, json.get("pemda").asText());
    }

    @Test
    void tahunTanpaDataMenyebutTahunYangAda() {
        Api.Jawaban jawaban = Api.get("api/v1/kinerja/1999", Keycloak.token("operator.pangkalpinang"));
        assertEquals(404, jawaban.status(), jawaban.body());
        String rincian = jawaban.json().get("detail").asText();
        assertTrue(rincian.contains("tidak memuat tahun 1999") && rincian.contains("tahun yang ada:")
                && rincian.contains(String.valueOf(TAHUN_A)), rincian);
    }

    @Test
    void jejakDenganGarisMiringDanSelisihTahunBelumDitetapkan() {
        String token = Keycloak.token("pimpinan.pangkalpinang");
        JsonNode jejak = Api.get("api/v1/kinerja/" + TAHUN_A + "/jejak/" + idJejakA, token).json();
        assertEquals(idJejakA, jejak.get("jejak").get("id").asText(), jejak.toString());
        assertEquals(404, Api.get("api/v1/kinerja/" + TAHUN_A + "/jejak/tidak/ada", token).status());
        // 1999 holds no data, so it is never fixed
        Api.Jawaban selisih = Api.get("api/v1/kinerja/1999/selisih", token);
        assertEquals(404, selisih.status(), selisih.body());
        assertTrue(selisih.json().get("detail").asText().contains("belum ditetapkan"), selisih.body());
        JsonNode ada = Api.get("api/v1/kinerja/" + TAHUN_A + "/selisih", token).json();
        assertEquals(ada.get("selisih").size(), ada.get("jumlah").asInt(), ada.toString());
    }

    private static String potong(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
