package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;
import id.akuntara.core.paket.PaketUji;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each check on a small package made to show exactly its defect; seed figures where a seed shows the defect. */
class PemeriksaKualitasDataTest {

    private static List<TemuanKualitas> dari(List<TemuanKualitas> semua, String id) {
        return semua.stream().filter(t -> t.idPemeriksaan().equals(id)).toList();
    }

    private static final String REALISASI = "\"statusAlur\": \"DISAHKAN\"";

    @Test
    void daftarPemeriksaanMemuatSemuaIdYangDisepakati() {
        Set<String> id = DaftarPemeriksaan.SEMUA.stream().map(PemeriksaanKualitas::id).collect(Collectors.toSet());
        assertEquals(Set.of("target-bertentangan", "pk-jumlah-program", "pk-anak-indikator", "pk-anak-program",
                "pk-anak-hilang", "anggaran-induk-anak", "indikator-tanpa-target", "sasaran-tanpa-indikator", "skala-celah",
                "target-di-bawah-realisasi-lalu", "realisasi-dibawa"), id);
        assertEquals(11, DaftarPemeriksaan.SEMUA.size());
        DaftarPemeriksaan.SEMUA.forEach(p -> assertTrue(!p.uraian().isBlank()));
    }

    @Test
    void paketBersihTanpaTemuan() {
        PaketData p = PaketUji.dengan("""
                "sasaran": [{"kode": "S1", "teks": "Sasaran", "tujuan": "T1"}],
                "indikator": [{"kode": "A", "nama": "Indikator A", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"}],
                "target": [{"indikator": "A", "tahun": 2019, "sumber": "RENSTRA", "nilai": 80},
                           {"indikator": "A", "tahun": 2020, "sumber": "RENSTRA", "nilai": 85},
                           {"indikator": "A", "tahun": 2021, "sumber": "RENSTRA", "nilai": 90}]
                """);
        assertEquals(List.of(), PemeriksaKualitasData.periksa(p));
    }

    @Test
    void targetBertentanganAntarsumberDanPkPerubahanMenggantikanPk() {
        // domain.md: Klungkung 2020, Renstra 95 and PK 90 for one indicator-year; Kaltim IC-02 (kaltim-b): Indeks
        // Kelembagaan 2021 target 66 in the tables, 67 in the narrative.
        PaketData p = PaketUji.dengan(PaketUji.ORGANISASI + """
                "pengaturan": {"plugin": "kabupaten", "sumberTarget": "RENSTRA"},
                "sasaran": [{"kode": "S1", "teks": "Sasaran", "tujuan": "T1"}],
                "indikator": [{"kode": "A", "nama": "Rata-rata capaian", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"},
                              {"kode": "B", "nama": "Indikator B", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"}],
                "target": [{"indikator": "A", "tahun": 2020, "sumber": "RENSTRA", "nilai": 95},
                           {"indikator": "A", "tahun": 2020, "sumber": "IKU", "nilai": 95},
                           {"indikator": "B", "tahun": 2021, "sumber": "RENSTRA", "nilai": 70}],
                "perjanjianKinerja": [
                  {"kode": "PK-2020", "tahun": 2020, "unit": "SETDA", "pihakPertama": "SEKDA", "pihakKedua": "KDH", "status": "DRAFT",
                   "baris": [{"sasaranTeks": "Sasaran", "indikatorTeks": "Rata-rata capaian", "indikator": "A", "targetNilai": 90}]},
                  {"kode": "PK-2021", "tahun": 2021, "unit": "SETDA", "pihakPertama": "SEKDA", "pihakKedua": "KDH",
                   "status": "DITANDATANGANI", "tanggal": "2021-02-01", "ditandatanganiPada": "2021-02-01T00:00:00Z",
                   "baris": [{"sasaranTeks": "Sasaran", "indikatorTeks": "Indikator B", "indikator": "B", "targetNilai": 60}]},
                  {"kode": "PK-2021-P", "tahun": 2021, "menggantikan": "PK-2021", "alasanPerubahan": "refocusing", "unit": "SETDA",
                   "pihakPertama": "SEKDA", "pihakKedua": "KDH", "status": "DRAFT",
                   "baris": [{"sasaranTeks": "Sasaran", "indikatorTeks": "Indikator B", "indikator": "B", "targetNilai": 70}]}]
                """);
        List<TemuanKualitas> t = dari(PemeriksaKualitasData.periksa(p), "target-bertentangan");
        assertEquals(1, t.size(), t.toString());
        assertEquals(Keparahan.PERINGATAN, t.get(0).keparahan());
        assertTrue(t.get(0).deskripsi().contains("A") && t.get(0).deskripsi().contains("2020")
                && t.get(0).deskripsi().contains("RENSTRA 95") && t.get(0).deskripsi().contains("PK PK-2020 90"), t.toString());
        assertEquals(List.of("$.target[0]", "$.target[1]", "$.perjanjianKinerja[0].baris[0]"), t.get(0).rujukan());
    }

    /** Kaltim 2022 shape: a Sekda PK cascaded to the three Asisten; amounts per program must add up. */
    private static final String KASKADE = PaketUji.ORGANISASI + """
            "pengaturan": {"plugin": "provinsi", "sumberTarget": "PK"},
            "sasaran": [{"kode": "S1", "teks": "Sasaran", "tujuan": "T1"}],
            "indikator": [{"kode": "A", "nama": "Indikator A", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"},
                          {"kode": "B", "nama": "Indikator B", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"},
                          {"kode": "C", "nama": "Indikator C", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"}],
            "target": [{"indikator": "A", "tahun": 2019, "sumber": "RENSTRA", "nilai": 1},
                       {"indikator": "A", "tahun": 2020, "sumber": "RENSTRA", "nilai": 1},
                       {"indikator": "B", "tahun": 2019, "sumber": "RENSTRA", "nilai": 1},
                       {"indikator": "B", "tahun": 2020, "sumber": "RENSTRA", "nilai": 1},
                       {"indikator": "C", "tahun": 2019, "sumber": "RENSTRA", "nilai": 1},
                       {"indikator": "C", "tahun": 2020, "sumber": "RENSTRA", "nilai": 1}],
            "perjanjianKinerja": [
              {"kode": "PK-SEKDA", "tahun": 2021, "unit": "SETDA", "pihakPertama": "SEKDA", "pihakKedua": "KDH", "status": "DRAFT",
               "totalTertulis": 1000,
               "baris": [{"sasaranTeks": "S", "indikatorTeks": "A", "indikator": "A", "targetNilai": 10},
                         {"sasaranTeks": "S", "indikatorTeks": "B", "indikator": "B", "targetNilai": 20},
                         {"sasaranTeks": "S", "indikatorTeks": "C", "indikator": "C", "targetNilai": 30}],
               "program": [{"namaProgram": "PROGRAM SATU", "jumlah": 600}, {"namaProgram": "PROGRAM DUA", "jumlah": 300}]},
              {"kode": "PK-AS1", "tahun": 2021, "unit": "AS1", "induk": "PK-SEKDA", "pihakPertama": "AS1", "pihakKedua": "SEKDA",
               "status": "DRAFT",
               "baris": [{"sasaranTeks": "S", "indikatorTeks": "A", "indikator": "A", "targetNilai": 10}],
               "program": [{"namaProgram": "Program Satu", "jumlah": 400}]},
              {"kode": "PK-AS2", "tahun": 2021, "unit": "AS2", "induk": "PK-SEKDA", "pihakPertama": "AS2", "pihakKedua": "SEKDA",
               "status": "DRAFT",
               "baris": [{"sasaranTeks": "S", "indikatorTeks": "B", "indikator": "B", "targetNilai": 25}],
               "program": [{"namaProgram": "PROGRAM SATU", "jumlah": 200}, {"namaProgram": "PROGRAM DUA", "jumlah": 250},
                           {"namaProgram": "PROGRAM TIGA", "jumlah": 5}]}]
            """;

    @Test
    void pkJumlahProgramTidakSamaDenganTotalTertulis() {
        List<TemuanKualitas> t = dari(PemeriksaKualitasData.periksa(PaketUji.dengan(KASKADE)), "pk-jumlah-program");
        assertEquals(1, t.size(), t.toString());
        assertEquals(Keparahan.GALAT, t.get(0).keparahan());
        assertEquals(List.of("$.perjanjianKinerja[0].totalTertulis"), t.get(0).rujukan());
        assertTrue(t.get(0).deskripsi().contains("Rp 900") && t.get(0).deskripsi().contains("Rp 1.000")
                && t.get(0).deskripsi().contains("selisih Rp 100"), t.get(0).deskripsi());
    }

    @Test
    void pkAnakIndikatorTargetBerbedaDanIndikatorTidakDiturunkan() {
        List<TemuanKualitas> t = dari(PemeriksaKualitasData.periksa(PaketUji.dengan(KASKADE)), "pk-anak-indikator");
        assertEquals(2, t.size(), t.toString());
        TemuanKualitas beda = t.get(0);
        assertEquals(Keparahan.GALAT, beda.keparahan());
        assertTrue(beda.deskripsi().contains("B") && beda.deskripsi().contains("PK-AS2") && beda.deskripsi().contains("25"));
        assertEquals(List.of("$.perjanjianKinerja[2].baris[0]", "$.perjanjianKinerja[0].baris[1]"), beda.rujukan());
        TemuanKualitas hilang = t.get(1);
        assertEquals(Keparahan.PERINGATAN, hilang.keparahan());
        assertTrue(hilang.deskripsi().contains("Indikator C"), hilang.deskripsi());
    }

    @Test
    void pkAnakProgramJumlahPerProgram() {
        List<TemuanKualitas> t = dari(PemeriksaKualitasData.periksa(PaketUji.dengan(KASKADE)), "pk-anak-program");
        // PROGRAM SATU 600 = 400 + 200 (names compared without case): fine; PROGRAM DUA 300 ≠ 250; PROGRAM TIGA only in a child
        assertEquals(2, t.size(), t.toString());
        assertTrue(t.get(0).deskripsi().contains("PROGRAM DUA") && t.get(0).deskripsi().contains("selisih Rp 50"),
                t.get(0).deskripsi());
        assertTrue(t.get(1).deskripsi().contains("PROGRAM TIGA"), t.get(1).deskripsi());
        assertEquals(Keparahan.GALAT, t.get(0).keparahan());
    }

    @Test
    void pkAnakHilangUntukAsistenTanpaPk() {
        List<TemuanKualitas> t = dari(PemeriksaKualitasData.periksa(PaketUji.dengan(KASKADE)), "pk-anak-hilang");
        assertEquals(1, t.size(), t.toString());
        assertTrue(t.get(0).deskripsi().contains("AS3"), t.get(0).deskripsi());
        assertEquals(List.of("$.unit[3]", "$.perjanjianKinerja[0]"), t.get(0).rujukan());
    }

    @Test
    void anggaranIndukTidakSamaDenganJumlahAnak() {
        // Pangkalpinang LAKIP 2021 Tabel 3.4: kegiatan "Fasilitasi dan Koordinasi Hukum" prints realisasi 166.782.450,
        // its sub-kegiatan add up to 196.882.450; pagu adds up (316.260.535)
        PaketData p = PaketUji.dengan("""
                "anggaran": [
                  {"kode": "PB", "tahun": 2021, "tingkat": "PROGRAM", "nama": "Program", "paguMurni": 316260535},
                  {"kode": "KG03", "tahun": 2021, "tingkat": "KEGIATAN", "nama": "Fasilitasi dan Koordinasi Hukum", "induk": "PB",
                   "paguMurni": 316260535, "realisasi": 166782450},
                  {"kode": "SK07", "tahun": 2021, "tingkat": "SUB_KEGIATAN", "nama": "A", "induk": "KG03", "paguMurni": 76660405, "realisasi": 51209200},
                  {"kode": "SK08", "tahun": 2021, "tingkat": "SUB_KEGIATAN", "nama": "B", "induk": "KG03", "paguMurni": 140784500, "realisasi": 100982150},
                  {"kode": "SK09", "tahun": 2021, "tingkat": "SUB_KEGIATAN", "nama": "C", "induk": "KG03", "paguMurni": 98815630, "realisasi": 44691100},
                  {"kode": "SK10", "tahun": 2021, "tingkat": "SUB_KEGIATAN", "nama": "D", "induk": "KG03", "paguMurni": 0}]
                """);
        List<TemuanKualitas> t = dari(PemeriksaKualitasData.periksa(p), "anggaran-induk-anak");
        assertEquals(1, t.size(), t.toString());
        assertEquals(Keparahan.GALAT, t.get(0).keparahan());
        assertTrue(t.get(0).deskripsi().contains("realisasi tertulis Rp 166.782.450")
                && t.get(0).deskripsi().contains("Rp 196.882.450") && t.get(0).deskripsi().contains("selisih Rp -30.100.000"),
                t.get(0).deskripsi());
        assertEquals("$.anggaran[1].realisasi", t.get(0).rujukan().get(0));
    }

    @Test
    void indikatorTanpaTargetDanSasaranTanpaIndikator() {
        PaketData p = PaketUji.dengan("""
                "sasaran": [{"kode": "S1", "teks": "Sasaran satu", "tujuan": "T1"}, {"kode": "S2", "teks": "Sasaran dua", "tujuan": "T1"}],
                "indikator": [{"kode": "A", "nama": "Indikator A", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"}],
                "target": [{"indikator": "A", "tahun": 2020, "sumber": "RENSTRA", "nilai": 85}]
                """);
        List<TemuanKualitas> semua = PemeriksaKualitasData.periksa(p);
        List<TemuanKualitas> t = dari(semua, "indikator-tanpa-target");
        assertEquals(1, t.size(), t.toString());
        assertTrue(t.get(0).deskripsi().contains("tahun 2019, 2021") && t.get(0).deskripsi().contains("2019–2021"),
                t.get(0).deskripsi());
        assertEquals(List.of("$.indikator[0]"), t.get(0).rujukan());
        List<TemuanKualitas> s = dari(semua, "sasaran-tanpa-indikator");
        assertEquals(1, s.size());
        assertEquals(List.of("$.sasaran[1]"), s.get(0).rujukan());
    }

    @Test
    void skalaCelahPangkalpinang() {
        // Pangkalpinang LAKIP 2021 Tabel 3.1: 75–100 Baik, 55–74 Cukup leaves (74, 75) uncovered (INC20)
        PaketData p = PaketUji.dengan("""
                "pengaturan": {"plugin": "kota", "skala": {"nama": "Pangkalpinang", "pita": [
                  {"label": "Baik Sekali", "bawah": 100, "bawahInklusif": false},
                  {"label": "Baik", "bawah": 75, "bawahInklusif": true, "atas": 100, "atasInklusif": true},
                  {"label": "Cukup", "bawah": 55, "bawahInklusif": true, "atas": 74, "atasInklusif": true},
                  {"label": "Kurang", "atas": 55, "atasInklusif": false}]}}
                """);
        List<TemuanKualitas> t = dari(PemeriksaKualitasData.periksa(p), "skala-celah");
        assertEquals(1, t.size(), t.toString());
        assertTrue(t.get(0).deskripsi().contains("74") && t.get(0).deskripsi().contains("75"), t.get(0).deskripsi());
        assertEquals(List.of("$.pengaturan.skala"), t.get(0).rujukan());
    }

    @Test
    void targetDiBawahRealisasiLaluDanRealisasiDibawa() {
        PaketData p = PaketUji.dengan("""
                "sasaran": [{"kode": "S1", "teks": "Sasaran", "tujuan": "T1"}],
                "indikator": [
                  {"kode": "NAIK", "nama": "Naik", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1",
                   "kondisiAwal": {"tahun": 2018, "nilai": 80}},
                  {"kode": "TURUN", "nama": "Turun", "polaritas": "TURUN", "jenis": "RASIO", "sasaran": "S1"},
                  {"kode": "EKPPD", "nama": "Skor EKPPD", "polaritas": "NAIK", "jenis": "SKOR_EKSTERNAL", "sasaran": "S1"}],
                "target": [{"indikator": "NAIK", "tahun": 2019, "sumber": "RENSTRA", "nilai": 75},
                           {"indikator": "NAIK", "tahun": 2020, "sumber": "RENSTRA", "nilai": 90},
                           {"indikator": "NAIK", "tahun": 2021, "sumber": "RENSTRA", "nilai": 95},
                           {"indikator": "TURUN", "tahun": 2019, "sumber": "RENSTRA", "nilai": 5},
                           {"indikator": "TURUN", "tahun": 2020, "sumber": "RENSTRA", "nilai": 4.5},
                           {"indikator": "TURUN", "tahun": 2021, "sumber": "RENSTRA", "nilai": 4},
                           {"indikator": "EKPPD", "tahun": 2019, "sumber": "RENSTRA", "nilai": 3},
                           {"indikator": "EKPPD", "tahun": 2020, "sumber": "RENSTRA", "nilai": 3},
                           {"indikator": "EKPPD", "tahun": 2021, "sumber": "RENSTRA", "nilai": 3.095}],
                "realisasi": [
                  {"indikator": "NAIK", "tahun": 2020, "periode": "TAHUNAN", "statusNilai": "ADA", "nilai": 96, REALISASI},
                  {"indikator": "TURUN", "tahun": 2019, "periode": "TAHUNAN", "statusNilai": "ADA", "nilai": 4.2, REALISASI},
                  {"indikator": "EKPPD", "tahun": 2021, "periode": "TAHUNAN", "statusNilai": "DIBAWA_DARI", "nilai": 3.0885,
                   "tahunAsal": 2018, REALISASI}]
                """.replace("REALISASI", REALISASI));
        List<TemuanKualitas> semua = PemeriksaKualitasData.periksa(p);
        List<TemuanKualitas> t = dari(semua, "target-di-bawah-realisasi-lalu");
        // NAIK: 2019 target 75 < kondisi awal 2018 80; 2021 target 95 < realisasi 2020 96. TURUN: 2020 target 4,5 > 4,2
        assertEquals(3, t.size(), t.toString());
        assertEquals(List.of("$.target[0]", "$.indikator[0].kondisiAwal"), t.get(0).rujukan());
        assertEquals(List.of("$.target[2]", "$.realisasi[0]"), t.get(1).rujukan());
        assertEquals(List.of("$.target[4]", "$.realisasi[1]"), t.get(2).rujukan());
        assertTrue(t.stream().allMatch(x -> x.keparahan() == Keparahan.PERINGATAN));
        List<TemuanKualitas> d = dari(semua, "realisasi-dibawa");
        assertEquals(1, d.size());
        assertEquals(Keparahan.INFO, d.get(0).keparahan());
        assertTrue(d.get(0).deskripsi().contains("EKPPD") && d.get(0).deskripsi().contains("2018")
                && d.get(0).deskripsi().contains("3,0885"), d.get(0).deskripsi());
    }

    @Test
    void paketContohKaltim() throws Exception {
        String json;
        try (var in = getClass().getResourceAsStream("/paket/contoh-prov-kaltim.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<TemuanKualitas> t = PemeriksaKualitasData.periksa(PaketUji.baca(json));
        Set<String> id = t.stream().map(TemuanKualitas::idPemeriksaan).collect(Collectors.toSet());
        // EKPPD 2018 carried to 2021; PK-2021-AS2 carries 1.378.505.550 of the Sekda's 5.499.404.800 program
        assertTrue(id.contains("realisasi-dibawa"), t.toString());
        assertTrue(id.contains("pk-anak-program"), t.toString());
        assertTrue(id.contains("indikator-tanpa-target"), t.toString());
    }
}
