package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.paket.PaketUji;
import id.akuntara.core.plugin.PluginUji;
import id.akuntara.spi.TingkatPemerintahan;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Golden figures from the seed reports (docs/calculations.md; the same tables as the reviu worksheets in
 * src/test/resources/reviu), computed from packages that hold only the inputs.
 */
class LayananPengukuranTest {

    /**
     * Klungkung LKjIP 2020 Tabel 3.1 (p. 26) and Tabel 3.3 (p. 31): indicators of the two Setda sasaran and the
     * "Rata-Rata Capaian Sasaran" indicators (target IKU 95) whose realisasi is the mean of the members' capaian.
     */
    static final String KLUNGKUNG = """
            "pengaturan": {"plugin": "kabupaten", "sumberTarget": "RENSTRA", "bulatkanDulu": true},
            "sasaran": [{"kode": "S1", "teks": "Meningkatnya layanan bidang pemerintahan dan kesra", "tujuan": "T1"},
                        {"kode": "S2", "teks": "Meningkatnya layanan bidang perekonomian dan pembangunan", "tujuan": "T1"}],
            "indikator": [
              {"kode": "K-BUD", "nama": "Persentase penduduk berpartisipasi budaya", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"},
              {"kode": "K-IPM", "nama": "Indeks Pembangunan Manusia", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"},
              {"kode": "K-MISKIN", "nama": "Persentase penduduk miskin", "polaritas": "TURUN", "jenis": "RASIO", "sasaran": "S1"},
              {"kode": "K-IRB", "nama": "Indeks Reformasi Birokrasi", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"},
              {"kode": "K-IDD", "nama": "Indeks Demokrasi Daerah", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"},
              {"kode": "K-LPE", "nama": "Laju Pertumbuhan Ekonomi", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S2"},
              {"kode": "K-IKI", "nama": "Indeks Ketimpangan Infrastruktur", "polaritas": "TURUN", "jenis": "RASIO", "sasaran": "S2"},
              {"kode": "K-IKL", "nama": "Indeks Kualitas Lingkungan Hidup", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S2"},
              {"kode": "RCS-PK", "nama": "Rata-rata capaian sasaran bidang pemerintahan dan kesra", "polaritas": "NAIK",
               "jenis": "RATA_RATA_CAPAIAN", "tujuan": "T1", "anggota": [{"indikator": "K-BUD"}, {"indikator": "K-IPM"},
               {"indikator": "K-MISKIN"}, {"indikator": "K-IRB"}, {"indikator": "K-IDD"}]},
              {"kode": "RCS-EP", "nama": "Rata-rata capaian sasaran bidang perekonomian dan pembangunan", "polaritas": "NAIK",
               "jenis": "RATA_RATA_CAPAIAN", "tujuan": "T1", "anggota": [{"indikator": "K-LPE"}, {"indikator": "K-IKI"},
               {"indikator": "K-IKL"}]}],
            "target": [
              {"indikator": "K-BUD", "tahun": 2020, "sumber": "RENSTRA", "nilai": 24},
              {"indikator": "K-IPM", "tahun": 2020, "sumber": "RENSTRA", "nilai": 72.13},
              {"indikator": "K-MISKIN", "tahun": 2020, "sumber": "RENSTRA", "nilai": 4.34},
              {"indikator": "K-IRB", "tahun": 2020, "sumber": "RENSTRA", "nilai": 56},
              {"indikator": "K-IDD", "tahun": 2020, "sumber": "RENSTRA", "nilai": 77.1},
              {"indikator": "K-LPE", "tahun": 2020, "sumber": "RENSTRA", "nilai": 6},
              {"indikator": "K-IKI", "tahun": 2020, "sumber": "RENSTRA", "nilai": 54},
              {"indikator": "K-IKL", "tahun": 2020, "sumber": "RENSTRA", "nilai": 86},
              {"indikator": "RCS-PK", "tahun": 2020, "sumber": "IKU", "nilai": 95},
              {"indikator": "RCS-EP", "tahun": 2020, "sumber": "IKU", "nilai": 95}],
            "realisasi": [
              {"indikator": "K-BUD", "tahun": 2020, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 31.42},
              {"indikator": "K-IPM", "tahun": 2020, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 71.71},
              {"indikator": "K-MISKIN", "tahun": 2020, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 5.4},
              {"indikator": "K-IRB", "tahun": 2020, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 57.85},
              {"indikator": "K-IDD", "tahun": 2020, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 81.38},
              {"indikator": "K-LPE", "tahun": 2020, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 5.44},
              {"indikator": "K-IKI", "tahun": 2020, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 20.26},
              {"indikator": "K-IKL", "tahun": 2020, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 66.62}]
            """;

    /** Through the one measurement service, under a level plugin with the national defaults. */
    static KinerjaTahunan hitung(PaketData p, int tahun) {
        return LayananPengukuran.hitung(SumberPengukuran.paket(p), tahun,
                KebijakanPengukuran.dari(p, new PluginUji("kabupaten", TingkatPemerintahan.KABUPATEN)));
    }

    private static String tampil(BigDecimal n) {
        return AngkaFormatter.format(n);
    }

    /**
     * The band counts carry their trace: which indicators fall in each band, with the capaian as printed
     * (Klungkung 2020, Tabel 3.1 and 3.3: six above 100 %, four below).
     */
    @Test
    void sebaranCapaianDenganJejakPerPita() {
        KinerjaTahunan h = hitung(PaketUji.dengan(KLUNGKUNG), 2020);
        assertEquals(new id.akuntara.core.calc.SebaranCapaian(6, 0, 4, 0), h.sebaran());
        Jejak atas = h.jejak("sebaran/di-atas-100").orElseThrow();
        assertEquals(Aturan.SEBARAN_CAPAIAN, atas.aturan());
        assertEquals(0, BigDecimal.valueOf(6).compareTo(atas.nilai()));
        assertEquals("6", atas.tampil());
        assertEquals(java.util.Set.of("K-BUD", "K-IRB", "K-IDD", "K-IKI", "RCS-PK", "RCS-EP"), atas.masukan().keySet());
        assertEquals("162,48", atas.masukan().get("K-IKI"));
        Jejak bawah = h.jejak("sebaran/di-bawah-100").orElseThrow();
        assertEquals(java.util.List.of("K-IPM", "K-MISKIN", "K-LPE", "K-IKL"), java.util.List.copyOf(bawah.masukan().keySet()));
        assertEquals("99,42", bawah.masukan().get("K-IPM"));
        assertEquals("0", h.jejak("sebaran/sama-100").orElseThrow().tampil());
        assertTrue(h.jejak("sebaran/tanpa-nilai").orElseThrow().masukan().isEmpty());
    }

    @Test
    void klungkungTabel31Dan33CapaianRataRataDanIndikatorRataRata() {
        KinerjaTahunan h = hitung(PaketUji.dengan(KLUNGKUNG), 2020);

        // Tabel 3.1: 130,92; 99,42; 75,58 (turun: (2 × 4,34 − 5,4) / 4,34); 103,30; 105,55
        assertEquals("130,92", tampil(h.indikator("K-BUD").orElseThrow().capaian().nilai()));
        assertEquals("99,42", tampil(h.indikator("K-IPM").orElseThrow().capaian().nilai()));
        assertEquals("75,58", tampil(h.indikator("K-MISKIN").orElseThrow().capaian().nilai()));
        assertEquals("103,30", tampil(h.indikator("K-IRB").orElseThrow().capaian().nilai()));
        assertEquals("105,55", tampil(h.indikator("K-IDD").orElseThrow().capaian().nilai()));
        // Tabel 3.3: 90,67; 162,48 (turun, uncapped); 77,47
        assertEquals("90,67", tampil(h.indikator("K-LPE").orElseThrow().capaian().nilai()));
        assertEquals("162,48", tampil(h.indikator("K-IKI").orElseThrow().capaian().nilai()));
        assertEquals("77,47", tampil(h.indikator("K-IKL").orElseThrow().capaian().nilai()));

        // sasaran means, members rounded first: 102,95 and 110,21 (110,20 unrounded)
        assertEquals("102,95", tampil(h.sasaran("S1").orElseThrow().capaian().nilai()));
        assertEquals("110,21", tampil(h.sasaran("S2").orElseThrow().capaian().nilai()));

        // RCS-PK 102,95 / 95 = 108,37; RCS-EP 110,21 / 95 = 116,01 (realisasi computed, not stored)
        KinerjaIndikator rcsPk = h.indikator("RCS-PK").orElseThrow();
        assertEquals("102,95", tampil(rcsPk.realisasi().nilai()));
        assertEquals("108,37", tampil(rcsPk.capaian().nilai()));
        assertEquals("IKU", rcsPk.target().sumber());
        assertTrue(rcsPk.keterangan().contains("target RENSTRA tidak ada; dipakai target IKU"), rcsPk.keterangan());
        assertEquals("116,01", tampil(h.indikator("RCS-EP").orElseThrow().capaian().nilai()));

        KinerjaIndikator lpe = h.indikator("K-LPE").orElseThrow();
        assertEquals("terhitung", lpe.capaian().status());
        assertEquals("RENSTRA", lpe.target().sumber());
        assertNull(lpe.predikat());
        assertTrue(lpe.keterangan().contains("tanpa predikat: pemda tidak menetapkan skala predikat capaian"), lpe.keterangan().toString());
    }

    @Test
    void tanpaPembulatanDuluRataRataKlungkungMenjadi11020() {
        PaketData p = PaketUji.dengan(KLUNGKUNG.replace("\"bulatkanDulu\": true", "\"bulatkanDulu\": false"));
        assertEquals("110,20", tampil(hitung(p, 2020).sasaran("S2").orElseThrow().capaian().nilai()));
    }

    @Test
    void batasCapaianPemdaDipakai() {
        // docs/calculations.md §2: 162,48 capped at 120 → the Klungkung Tabel 3.3 mean falls from 110,21 to 96,05
        PaketData p = PaketUji.dengan(KLUNGKUNG.replace("\"bulatkanDulu\": true", "\"bulatkanDulu\": true, \"batasCapaian\": 120"));
        KinerjaTahunan h = hitung(p, 2020);
        assertEquals("120,00", tampil(h.indikator("K-IKI").orElseThrow().capaian().nilai()));
        assertEquals("96,05", tampil(h.sasaran("S2").orElseThrow().capaian().nilai()));
    }

    @Test
    void realisasiDibawaBelumRilisDanTidakAda() {
        // Kaltim LKjIP 2021 Tabel 3.3 (p. 38): EKPPD 3,0885 is the 2018 score, target 3,095 → 99,79, dibawa-dari;
        // Pangkalpinang LAKIP 2021 3.3: AKIP 2021 "belum rilis"; Tanjungpinang LKIP 2020 Tabel 3.3: no realisasi.
        PaketData p = PaketUji.dengan("""
                "sasaran": [{"kode": "S1", "teks": "Sasaran", "tujuan": "T1"}],
                "indikator": [
                  {"kode": "EKPPD", "nama": "Skor EKPPD", "polaritas": "NAIK", "jenis": "SKOR_EKSTERNAL", "sasaran": "S1"},
                  {"kode": "AKIP", "nama": "Nilai AKIP", "polaritas": "NAIK", "jenis": "SKOR_EKSTERNAL", "sasaran": "S1"},
                  {"kode": "KEG", "nama": "Kegiatan pendukung", "polaritas": "NAIK", "jenis": "JUMLAH", "sasaran": "S1"}],
                "target": [
                  {"indikator": "EKPPD", "tahun": 2021, "sumber": "RENSTRA", "nilai": 3.095},
                  {"indikator": "AKIP", "tahun": 2021, "sumber": "RENSTRA", "nilai": 67.7},
                  {"indikator": "KEG", "tahun": 2021, "sumber": "RENSTRA", "nilai": 1}],
                "realisasi": [
                  {"indikator": "EKPPD", "tahun": 2021, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "DIBAWA_DARI", "nilai": 3.0885,
                   "tahunAsal": 2018},
                  {"indikator": "AKIP", "tahun": 2021, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "BELUM_RILIS"},
                  {"indikator": "KEG", "tahun": 2021, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "TIDAK_ADA",
                   "catatan": "Tidak ada kegiatan pendukung"}]
                """);
        KinerjaTahunan h = hitung(p, 2021);
        KinerjaIndikator ekppd = h.indikator("EKPPD").orElseThrow();
        assertEquals("dibawa-dari", ekppd.capaian().status());
        assertEquals("99,79", tampil(ekppd.capaian().nilai()));
        assertTrue(ekppd.keterangan().contains("tahun 2018"), ekppd.keterangan().toString());
        KinerjaIndikator akip = h.indikator("AKIP").orElseThrow();
        assertEquals("belum-rilis", akip.capaian().status());
        assertNull(akip.capaian().nilai());
        KinerjaIndikator keg = h.indikator("KEG").orElseThrow();
        assertEquals("tidak-dapat-dihitung", keg.capaian().status());
        assertTrue(keg.keterangan().contains("Tidak ada kegiatan pendukung"), keg.keterangan().toString());

        KinerjaSasaran s = h.sasaran("S1").orElseThrow();
        assertEquals("99,79", tampil(s.capaian().nilai()));
        assertTrue(s.peringatan().contains("anggota memakai realisasi tahun 2018"), s.peringatan().toString());
        assertTrue(s.peringatan().contains("2 anggota kosong dikecualikan dari rata-rata"), s.peringatan().toString());
    }

    @Test
    void predikatDariSkalaPemdaDanCelahTanpaPredikat() {
        // Pangkalpinang LAKIP 2021 Tabel 3.1 scale (gap between 74 and 75) and Tabel 3.3: 75 / 85 → 88,24 Baik;
        // a capaian of 74,5 falls in the gap: tanpa predikat.
        PaketData p = PaketUji.dengan("""
                "pengaturan": {"plugin": "kota", "sumberTarget": "PK", "skala": {"nama": "Pangkalpinang", "pita": [
                  {"label": "Baik Sekali", "bawah": 100, "bawahInklusif": false},
                  {"label": "Baik", "bawah": 75, "bawahInklusif": true, "atas": 100, "atasInklusif": true},
                  {"label": "Cukup", "bawah": 55, "bawahInklusif": true, "atas": 74, "atasInklusif": true},
                  {"label": "Kurang", "atas": 55, "atasInklusif": false}]}},
                "sasaran": [{"kode": "S1", "teks": "Sasaran", "tujuan": "T1"}],
                "indikator": [
                  {"kode": "PD-LKJ", "nama": "Persentase PD laporan kinerja tepat waktu", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"},
                  {"kode": "CELAH", "nama": "Indikator di celah", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"}],
                "target": [
                  {"indikator": "PD-LKJ", "tahun": 2021, "sumber": "PK", "nilai": 85},
                  {"indikator": "CELAH", "tahun": 2021, "sumber": "PK", "nilai": 100}],
                "realisasi": [
                  {"indikator": "PD-LKJ", "tahun": 2021, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 75},
                  {"indikator": "CELAH", "tahun": 2021, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 74.5}]
                """);
        KinerjaTahunan h = hitung(p, 2021);
        assertEquals("88,24", tampil(h.indikator("PD-LKJ").orElseThrow().capaian().nilai()));
        assertEquals("Baik", h.indikator("PD-LKJ").orElseThrow().predikat());
        KinerjaIndikator celah = h.indikator("CELAH").orElseThrow();
        assertNull(celah.predikat());
        assertTrue(celah.keterangan().contains("tanpa predikat"), celah.keterangan().toString());
        assertTrue(celah.keterangan().contains("74,5"), celah.keterangan().toString());
        assertTrue(celah.keterangan().contains("tidak tercakup"), celah.keterangan().toString());
    }

    @Test
    void targetPkDariBarisPerjanjianKinerjaDanCadanganBerurutan() {
        PaketData p = PaketUji.dengan(PaketUji.ORGANISASI + """
                "pengaturan": {"plugin": "kabupaten", "sumberTarget": "PK"},
                "sasaran": [{"kode": "S1", "teks": "Sasaran", "tujuan": "T1"}],
                "indikator": [
                  {"kode": "A", "nama": "Indikator A", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"},
                  {"kode": "B", "nama": "Indikator B", "polaritas": "NAIK", "jenis": "RASIO", "sasaran": "S1"}],
                "target": [
                  {"indikator": "A", "tahun": 2021, "sumber": "RENSTRA", "nilai": 95},
                  {"indikator": "B", "tahun": 2021, "sumber": "RPJMD", "nilai": 50},
                  {"indikator": "B", "tahun": 2021, "sumber": "RENSTRA", "nilai": 40}],
                "perjanjianKinerja": [{"kode": "PK-2021", "tahun": 2021, "unit": "SETDA", "status": "DRAFT",
                  "pihakPertama": "SEKDA", "pihakKedua": "KDH",
                  "baris": [{"sasaranTeks": "Sasaran", "indikatorTeks": "Indikator A", "indikator": "A", "targetNilai": 90}]}],
                "realisasi": [
                  {"indikator": "A", "tahun": 2021, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 90},
                  {"indikator": "B", "tahun": 2021, "periode": "TAHUNAN", "statusAlur": "DISAHKAN", "statusNilai": "ADA", "nilai": 40}]
                """);
        KinerjaTahunan h = hitung(p, 2021);
        KinerjaIndikator a = h.indikator("A").orElseThrow();
        assertEquals("PK", a.target().sumber());
        assertEquals(0, new BigDecimal("90").compareTo(a.target().nilai()));
        assertEquals("100,00", tampil(a.capaian().nilai()));
        assertFalse(a.keterangan().contains("dipakai target"), a.keterangan());
        KinerjaIndikator b = h.indikator("B").orElseThrow();
        // PK missing → PK_PERUBAHAN, PK, RENSTRA, IKU, RPJMD: Renstra before RPJMD
        assertEquals("RENSTRA", b.target().sumber());
        assertTrue(b.keterangan().contains("target PK tidak ada; dipakai target RENSTRA"), b.keterangan());
        assertEquals("100,00", tampil(b.capaian().nilai()));
    }

    @Test
    void serapanPosAnggaranDanRollUpRasioJumlah() {
        // Pangkalpinang LAKIP 2021 Tabel 3.4, kegiatan "Fasilitasi dan Koordinasi Hukum": sub-kegiatan pagu
        // 76.660.405 + 140.784.500 + 98.815.630 = 316.260.535 and realisasi 51.209.200 + 100.982.150 + 44.691.100
        // = 196.882.450 (the kegiatan row prints 166.782.450). The roll-up is the ratio of the sums.
        PaketData p = PaketUji.dengan("""
                "anggaran": [
                  {"kode": "PB03", "tahun": 2021, "tingkat": "PROGRAM", "nama": "Program Penunjang", "paguMurni": 316260535},
                  {"kode": "KG03", "tahun": 2021, "tingkat": "KEGIATAN", "nama": "Fasilitasi dan Koordinasi Hukum", "induk": "PB03",
                   "paguMurni": 316260535, "realisasi": 166782450},
                  {"kode": "SK07", "tahun": 2021, "tingkat": "SUB_KEGIATAN", "nama": "Fasilitasi Penyusunan Produk Hukum Daerah",
                   "induk": "KG03", "paguMurni": 76660405, "realisasi": 51209200},
                  {"kode": "SK08", "tahun": 2021, "tingkat": "SUB_KEGIATAN", "nama": "Fasilitasi Bantuan Hukum",
                   "induk": "KG03", "paguMurni": 140784500, "realisasi": 100982150},
                  {"kode": "SK09", "tahun": 2021, "tingkat": "SUB_KEGIATAN", "nama": "Pendokumentasian Produk Hukum",
                   "induk": "KG03", "paguMurni": 98815630, "realisasi": 44691100},
                  {"kode": "SK10", "tahun": 2021, "tingkat": "SUB_KEGIATAN", "nama": "Evaluasi Pelaksanaan Kerja Sama",
                   "induk": "KG03", "paguMurni": 0},
                  {"kode": "LAMA", "tahun": 2020, "tingkat": "PROGRAM", "nama": "Program tahun lalu", "paguMurni": 1, "realisasi": 1}]
                """);
        KinerjaTahunan h = hitung(p, 2021);
        assertEquals(java.util.List.of("PB03", "KG03", "SK07", "SK08", "SK09", "SK10"), h.anggaran().pos().stream().map(KinerjaAnggaran.Pos::kode).toList());
        KinerjaAnggaran.Pos kg = h.anggaran().pos("KG03").orElseThrow();
        assertEquals(0, new BigDecimal("316260535").compareTo(kg.pagu()));
        assertEquals(0, new BigDecimal("196882450").compareTo(kg.realisasi()));
        assertEquals("62,25", tampil(kg.serapan().nilai()));
        KinerjaAnggaran.Pos pb = h.anggaran().pos("PB03").orElseThrow();
        assertEquals(0, new BigDecimal("316260535").compareTo(pb.pagu()));
        assertEquals("62,25", tampil(pb.serapan().nilai()));
        assertEquals("71,73", tampil(h.anggaran().pos("SK08").orElseThrow().serapan().nilai()));
        // Pangkalpinang Tabel 3.4 prints "-" for pagu and realisasi: pagu 0, serapan tidak dapat dihitung
        KinerjaAnggaran.Pos kosong = h.anggaran().pos("SK10").orElseThrow();
        assertNull(kosong.realisasi());
        assertNull(kosong.serapan().nilai());
    }

    @Test
    void paketContohKaltimDihitung() throws Exception {
        String json;
        try (var in = getClass().getResourceAsStream("/paket/contoh-prov-kaltim.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        KinerjaTahunan h = hitung(PaketUji.baca(json), 2021);
        // 3,0885 / 3,1 (the example's Renstra target) = 99,63; its scale rates it Baik
        KinerjaIndikator e = h.indikator("IK-EKPPD").orElseThrow();
        assertEquals("99,63", tampil(e.capaian().nilai()));
        assertEquals("Baik", e.predikat());
        assertEquals("dibawa-dari", e.capaian().status());
        // 5.000.000.000 / 5.499.404.800
        assertEquals("90,92", tampil(h.anggaran().pos("P-2021-01").orElseThrow().serapan().nilai()));
    }
}
