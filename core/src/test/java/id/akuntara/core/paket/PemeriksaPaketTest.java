package id.akuntara.core.paket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error kind of the issue, each with its JSON path and Indonesian message; all errors are reported at once. */
class PemeriksaPaketTest {

    private ObjectNode paket;

    @BeforeEach
    void bacaContoh() throws IOException {
        paket = (ObjectNode) Paket.JSON.readTree(Files.readString(Path.of("src", "test", "resources", "paket",
                "contoh-prov-kaltim.json"), StandardCharsets.UTF_8));
    }

    private ObjectNode di(String bagian, int i) {
        return (ObjectNode) paket.get(bagian).get(i);
    }

    private int indeks(String bagian, String kode) {
        ArrayNode a = (ArrayNode) paket.get(bagian);
        for (int i = 0; i < a.size(); i++) {
            if (kode.equals(a.get(i).path("kode").asText())) {
                return i;
            }
        }
        throw new AssertionError(kode);
    }

    private List<GalatPaket> periksa(Consumer<ObjectNode> ubah) {
        ubah.accept(paket);
        HasilPemeriksaan h = Paket.periksa(paket.toString());
        assertFalse(h.sah());
        assertTrue(h.paket().isEmpty());
        return h.galat();
    }

    private static void ada(List<GalatPaket> galat, String jalur, String pesan) {
        assertTrue(galat.stream().anyMatch(g -> g.jalur().equals(jalur) && g.pesan().contains(pesan)),
                "diharapkan " + jalur + ": …" + pesan + "… di antara " + galat);
    }

    @Test
    void contohSah() {
        assertTrue(Paket.periksa(paket.toString()).sah(), Paket.periksa(paket.toString()).galat().toString());
    }

    @Test
    void pengaturanLaporan() {
        var g = periksa(p -> {
            ObjectNode s = (ObjectNode) p.get("pengaturan");
            s.put("namaLaporan", " ");
            s.put("kepalaDaerah", "");
            ObjectNode k = s.putObject("kerangkaLaporan");
            k.putArray("pembuka").addObject().put("kode", "ikhtisar").put("judul", "Ikhtisar");
            ObjectNode bab = k.putArray("bab").addObject().put("nomor", "I").put("kode", "bab1").put("judul", "");
            bab.putArray("bagian").addObject().put("kode", "ikhtisar").put("judul", "Dua kali");
        });
        ada(g, "$.pengaturan.namaLaporan", "wajib diisi");
        ada(g, "$.pengaturan.kepalaDaerah", "wajib diisi");
        ada(g, "$.pengaturan.kerangkaLaporan.bab[0].judul", "wajib diisi");
        ada(g, "$.pengaturan.kerangkaLaporan.bab[0].bagian[0].kode", "sudah dipakai");
        var tanpaBab = periksa(p -> ((ObjectNode) p.get("pengaturan")).putObject("kerangkaLaporan").putArray("bab"));
        ada(tanpaBab, "$.pengaturan.kerangkaLaporan.bab", "sedikitnya satu bab");
    }

    /** {@code pengaturan.logo}: base64 of a PNG image, at most 512 KiB; anything else is refused at its path. */
    @Test
    void logoPngBase64() throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        String sah = java.util.Base64.getEncoder().encodeToString(png.toByteArray());
        ((ObjectNode) paket.get("pengaturan")).put("logo", sah);
        HasilPemeriksaan h = Paket.periksa(paket.toString());
        assertTrue(h.sah(), h.galat().toString());
        assertTrue(java.util.Arrays.equals(png.toByteArray(), h.paket().orElseThrow().pengaturan().logoPng().orElseThrow()));
        ada(periksa(p -> ((ObjectNode) p.get("pengaturan")).put("logo", "bukan base64 !")), "$.pengaturan.logo",
                "bukan base64");
        ada(periksa(p -> ((ObjectNode) p.get("pengaturan")).put("logo",
                java.util.Base64.getEncoder().encodeToString("GIF89a".getBytes(StandardCharsets.US_ASCII)))),
                "$.pengaturan.logo", "harus gambar PNG");
        byte[] besar = java.util.Arrays.copyOf(png.toByteArray(), PaketData.Pengaturan.LOGO_MAKS_BITA + 1);
        ada(periksa(p -> ((ObjectNode) p.get("pengaturan")).put("logo", java.util.Base64.getEncoder().encodeToString(besar))),
                "$.pengaturan.logo", "paling besar 512 KiB");
    }

    @Test
    void bukanJson() {
        var g = Paket.periksa("{ \"format\": ").galat();
        assertEquals("$", g.get(0).jalur());
        assertTrue(g.get(0).pesan().startsWith("Berkas bukan JSON yang sah"), g.toString());
    }

    @Test
    void tipeSalahDanKolomTidakDikenal() {
        var g = periksa(p -> {
            di("unit", 0).put("nama", 5);
            di("target", 0).put("tahun", "2021");
            di("anggaran", 0).put("paguMurni", "5.499.404.800");
            di("pegawai", 0).put("nipp", "x");
            p.put("narasi", "teks");
        });
        ada(g, "$.unit[0].nama", "harus berupa teks");
        ada(g, "$.target[0].tahun", "harus berupa bilangan bulat");
        ada(g, "$.anggaran[0].paguMurni", "harus berupa angka");
        ada(g, "$.pegawai[0].nipp", "kolom tidak dikenal");
        ada(g, "$.narasi", "harus berupa daftar");
        assertEquals(5, g.size(), g.toString());
    }

    @Test
    void setiapJenisGalatDilaporkanSekaligus() {
        var g = periksa(p -> {
            // unknown reference
            di("penugasan", 0).put("jabatan", "TIDAK-ADA");
            // duplicate code
            di("jabatan", 1).put("kode", di("jabatan", 0).get("kode").asText());
            // invalid NIP (gender digit 3)
            di("pegawai", indeks("pegawai", "19641028-199003-1-009")).put("nip", "19641028 199003 3 009");
            // negative pagu
            di("anggaran", 0).put("paguMurni", -1);
            // target outside the plan period 2019–2023
            di("target", 0).put("tahun", 2030);
            // cycle in the unit tree: SETDA under AS2, AS2 under SETDA
            di("unit", indeks("unit", "SETDA")).put("induk", "AS2");
            // PK parent of another year
            ObjectNode as2 = di("perjanjianKinerja", indeks("perjanjianKinerja", "PK-2021-AS2"));
            as2.put("tahun", 2022);
            // unknown enumeration value, wrong date
            di("unit", 0).put("jenis", "DINAS");
            di("penugasan", 0).put("mulai", "4 Januari 2021");
        });
        ada(g, "$.penugasan[0].jabatan", "Jabatan 'TIDAK-ADA' tidak ditemukan");
        ada(g, "$.jabatan[1].kode", "ganda");
        ada(g, "$.pegawai[" + indeks("pegawai", "19641028-199003-1-009") + "].nip", "jenis kelamin");
        ada(g, "$.anggaran[0].paguMurni", "Pagu murni tidak boleh negatif");
        ada(g, "$.target[0].tahun", "di luar periode rencana 2019–2023");
        ada(g, "$.unit[" + indeks("unit", "AS2") + "].induk", "siklus pada pohon unit: AS2 → SETDA → AS2");
        ada(g, "$.perjanjianKinerja[" + indeks("perjanjianKinerja", "PK-2021-AS2") + "].induk", "harus dari tahun yang sama");
        ada(g, "$.unit[0].jenis", "nilai 'DINAS' tidak dikenal");
        ada(g, "$.penugasan[0].mulai", "harus berupa tanggal");
    }

    @Test
    void aturanNilaiDanStatus() {
        var g = periksa(p -> {
            ObjectNode r = di("realisasi", 0);
            r.put("statusNilai", "ADA");
            r.remove("nilai");
            di("evaluasi", 0).withArray("komponen").add(Paket.JSON.createObjectNode().put("nama", "Tambahan").put("bobot", 5)
                    .put("nilai", 6));
            di("perjanjianKinerja", indeks("perjanjianKinerja", "PK-2021-AS2")).put("menggantikan", "PK-2021-AS2");
            JsonNode tanpaFormat = p.remove("format");
            assertTrue(tanpaFormat.isTextual());
        });
        ada(g, "$.realisasi[0].nilai", "wajib diisi untuk status ADA");
        ada(g, "$.evaluasi[0].komponen[5].nilai", "melebihi bobotnya");
        ada(g, "$.evaluasi[0].komponen", "jumlah bobot komponen harus 100");
        ada(g, "$.format", "harus \"akuntara.paket-data\"");
        ada(g, "$.perjanjianKinerja[" + indeks("perjanjianKinerja", "PK-2021-AS2") + "].menggantikan", "siklus pada versi PK");
        ada(g, "$.perjanjianKinerja[" + indeks("perjanjianKinerja", "PK-2021-AS2") + "].alasanPerubahan", "wajib diisi");
    }
}
