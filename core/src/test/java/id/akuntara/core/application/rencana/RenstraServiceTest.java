package id.akuntara.core.application.rencana;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.infrastructure.pengukuran.SumberTersimpan;
import id.akuntara.core.pengukuran.KinerjaIndikator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static id.akuntara.core.application.rencana.RencanaUji.indikator;
import static id.akuntara.core.application.rencana.RencanaUji.sumber;
import static id.akuntara.core.application.rencana.RencanaUji.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Renstra use cases on the built-in packages in PostgreSQL: the tree with every source's target and the
 * authoritative one (Klungkung 2020), the versions (Kaltim), refusals of an adopted Renstra, Perubahan Renstra and its
 * draft, validation listing every field, adoption keeping the old version readable (Tanjungpinang).
 */
class RenstraServiceTest {

    private static final String RENSTRA = "RENSTRA-SETDA-2018";

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private static List<String> field(ValidasiGagalException e) {
        return e.galat().stream().map(GalatIsian::field).toList();
    }

    /**
     * Klungkung 2020, RCS-EP: Renstra 90, PK Perubahan 90 (record) and the PK row 90 against the IKU's 95; Klungkung
     * takes the IKU (its setting), so 95 is authoritative, exactly the target the measurement uses.
     */
    @Test
    void pohonKlungkungMenandaiSumberYangBerbedaDanYangBerwenang() {
        RencanaUji u = RencanaUji.muat("kab-klungkung");
        PohonRenstra pohon = u.renstra("verifikator", s -> s.pohon(RENSTRA));
        assertEquals("IKU", pohon.sumberTargetBerwenang());
        assertEquals("DITETAPKAN", pohon.renstra().status());
        assertFalse(pohon.renstra().dapatDiubah());
        assertEquals(List.of("T1"), pohon.tujuan().stream().map(PohonRenstra.Tujuan::kode).toList());

        PohonRenstra.Indikator rcs = indikator(pohon, "RCS-EP");
        assertEquals("%", rcs.satuan());
        assertEquals("NAIK", rcs.polaritas());
        assertEquals("RATA_RATA_CAPAIAN", rcs.jenis());
        assertEquals("IKU", rcs.kelompok());
        assertEquals(List.of("IKU-SETDA-2018"), rcs.iku());
        assertEquals(List.of("K-IKI", "K-IKL", "K-LPE"), rcs.anggotaKomposit().stream()
                .map(PohonRenstra.AnggotaKomposit::indikator).sorted().toList());
        assertEquals(n("90"), rcs.kondisiAwal().nilai());
        assertTrue(rcs.formula().startsWith("Rata-rata capaian"), rcs.formula());
        assertEquals(6, rcs.target().size(), "satu entri per tahun periode 2018–2023");

        PohonRenstra.TargetTahun t2020 = target(pohon, "RCS-EP", 2020);
        assertTrue(t2020.berbeda());
        assertEquals("IKU", t2020.berwenang().sumber());
        assertEquals(n("95"), t2020.berwenang().nilai());
        assertEquals(n("90"), sumber(t2020, "RENSTRA").nilai());
        assertFalse(sumber(t2020, "RENSTRA").samaDenganBerwenang());
        assertEquals(n("90"), sumber(t2020, "PK_PERUBAHAN").nilai());
        PohonRenstra.TargetSumber barisPk = sumber(t2020, "PK");
        assertEquals("PK PK-2020-SETDA-P", barisPk.asal());
        assertEquals(n("90"), barisPk.nilai());
        assertTrue(t2020.sumber().stream().noneMatch(PohonRenstra.TargetSumber::dapatDiubah), "Renstra ditetapkan");
        PohonRenstra.TargetTahun t2021 = target(pohon, "RCS-EP", 2021);
        assertFalse(t2021.berbeda());
        assertEquals("RENSTRA", t2021.berwenang().sumber(), "IKU tidak punya target 2021: cadangan RENSTRA");

        KinerjaIndikator diukur = u.kinerja(2020).indikator("RCS-EP").orElseThrow();
        assertEquals(diukur.target().sumber(), t2020.berwenang().sumber());
        assertEquals(0, diukur.target().nilai().compareTo(t2020.berwenang().nilai()));
        assertEquals("IKD", indikator(pohon, "IKT-AKIPKAB").kelompok());
    }

    /** Kaltim keeps the original Renstra 2019 and its revision; the revision names it and holds the tree. */
    @Test
    void daftarVersiRenstraKaltim() {
        RencanaUji u = RencanaUji.muat("prov-kaltim");
        List<RingkasanRenstra> daftar = u.renstra("pimpinan", RenstraService::daftar);
        assertEquals(List.of("RENSTRA-2019", "RENSTRA-P-2019"), daftar.stream().map(RingkasanRenstra::kode).toList());
        assertEquals("DIGANTIKAN", daftar.get(0).status());
        assertEquals(List.of("RENSTRA-P-2019"), daftar.get(0).digantikanOleh());
        assertEquals("MURNI", daftar.get(0).jenisVersi());
        assertEquals("DITETAPKAN", daftar.get(1).status());
        assertEquals("PERUBAHAN", daftar.get(1).jenisVersi());
        assertEquals("RENSTRA-2019", daftar.get(1).menggantikan());
        assertEquals(2, u.renstra("operator", s -> s.pohon("RENSTRA-P-2019")).tujuan().size());
        assertEquals(0, u.renstra("operator", s -> s.pohon("RENSTRA-2019")).tujuan().size(),
                "paket Kaltim hanya memuat pohon versi perubahan");
        assertThrows(TidakDitemukanException.class, () -> u.renstra("operator", s -> s.pohon(RENSTRA)));
        assertThrows(AksesDitolakException.class, () -> u.renstra("kementerian", RenstraService::daftar));
    }

    /** An adopted Renstra refuses every change of content with the reason, before looking at the input. */
    @Test
    void renstraDitetapkanMenolakPerubahanIsiDenganAlasan() {
        RencanaUji u = RencanaUji.muat("kota-tanjungpinang");
        var e = assertThrows(AturanDilanggarException.class, () -> u.renstra("operator", s -> s.aturTarget(RENSTRA, "IK-LPPD",
                2020, "RENSTRA", new IsianRenstra.Target("3,5", null, null, null, 0L))));
        assertTrue(e.getMessage().contains("bukan draf") && e.getMessage().contains("Perubahan Renstra"), e.getMessage());
        assertThrows(AturanDilanggarException.class, () -> u.renstra("admin-pemda", s -> s.tambahSasaran(RENSTRA, null)));
        assertThrows(AturanDilanggarException.class, () -> u.renstra("operator", s -> s.ubahIndikator(RENSTRA, "IK-LPPD", null)));
        assertThrows(AturanDilanggarException.class, () -> u.renstra("pimpinan", s -> s.tetapkan(RENSTRA, null)));
        assertThrows(TidakDitemukanException.class, () -> u.renstra("operator", s -> s.ubahIndikator(RENSTRA, "IK-TIDAK-ADA", null)));
        assertThrows(AksesDitolakException.class, () -> u.renstra("verifikator", s -> s.tambahTujuan(RENSTRA, null)));
        assertThrows(AksesDitolakException.class, () -> u.renstra("operator", s -> s.tetapkan(RENSTRA, null)));
    }

    /**
     * Perubahan Renstra: a draft copy of the tree naming the old version and why; editing the draft changes neither the
     * old version nor the figures (a draft counts for nothing); invalid input lists every field; a stale version is 409.
     */
    @Test
    void perubahanRenstraMenyalinPohonKeDrafTanpaMengubahVersiLama() {
        RencanaUji u = RencanaUji.muat("kota-tanjungpinang");
        PohonRenstra lama = u.renstra("operator", s -> s.pohon(RENSTRA));
        assertEquals(n("3.3"), sumber(target(lama, "IK-LPPD", 2020), "RENSTRA").nilai());
        assertEquals("PK", target(lama, "IK-LPPD", 2020).berwenang().sumber(), "Tanjungpinang memakai target PK");

        var kosong = assertThrows(ValidasiGagalException.class, () -> u.renstra("operator",
                s -> s.buatPerubahan(RENSTRA, new IsianRenstra.Perubahan(RENSTRA, null, " ", null))));
        assertEquals(List.of("kode", "alasan", "versi"), field(kosong));

        long versi = lama.renstra().versi();
        PohonRenstra draf = u.renstra("operator", s -> s.buatPerubahan(RENSTRA, new IsianRenstra.Perubahan("RENSTRA-SETDA-2018-P1",
                null, "Penyesuaian target LPPD dengan RPJMD perubahan", versi)));
        assertEquals("DRAF", draf.renstra().status());
        assertEquals("PERUBAHAN", draf.renstra().jenisVersi());
        assertEquals(RENSTRA, draf.renstra().menggantikan());
        assertEquals("Penyesuaian target LPPD dengan RPJMD perubahan", draf.renstra().alasanPerubahan());
        assertEquals(lama.renstra().nama(), draf.renstra().nama());
        assertTrue(draf.renstra().dapatDiubah());
        samaKecualiYangDapatDiubah(draf, lama);
        assertTrue(sumber(target(draf, "IK-LPPD", 2020), "RENSTRA").dapatDiubah());
        assertFalse(sumber(target(draf, "IK-LPPD", 2020), "PK").dapatDiubah());

        var dua = assertThrows(AturanDilanggarException.class, () -> u.renstra("admin-pemda", s -> s.buatPerubahan(RENSTRA,
                new IsianRenstra.Perubahan("RENSTRA-LAIN", null, "lagi", versi))));
        assertTrue(dua.getMessage().contains("RENSTRA-SETDA-2018-P1"), dua.getMessage());
        assertThrows(AturanDilanggarException.class, () -> u.renstra("operator", s -> s.buatPerubahan("RENSTRA-SETDA-2018-P1",
                new IsianRenstra.Perubahan("X", null, "x", 0L))));

        var salah = assertThrows(ValidasiGagalException.class, () -> u.renstra("operator", s -> s.aturTarget(
                "RENSTRA-SETDA-2018-P1", "IK-LPPD", 2030, "PK", new IsianRenstra.Target("3.45", "abc", null, null, null))));
        assertEquals(List.of("tahun", "sumber", "nilai", "nilaiAtas", "versi"), field(salah));
        var ind = assertThrows(ValidasiGagalException.class, () -> u.renstra("operator", s -> s.ubahIndikator(
                "RENSTRA-SETDA-2018-P1", "IK-LPPD", new IsianRenstra.Indikator(null, "Nilai LPPD", " ", null, "ke atas", "SKOR",
                        null, null, "S9", "UNIT-TIDAK-ADA", new IsianRenstra.KondisiAwal(2030, "1,2,3", null), null,
                        draf.renstra().versi()))));
        assertEquals(List.of("satuan", "polaritas", "jenis", "unitPenanggungJawab", "kondisiAwal.nilai", "kondisiAwal.tahun",
                "sasaran"), field(ind));

        PohonRenstra diubah = u.renstra("operator", s -> s.aturTarget("RENSTRA-SETDA-2018-P1", "IK-LPPD", 2020, "renstra",
                new IsianRenstra.Target("3,35", null, "3,35", null, draf.renstra().versi())));
        assertEquals(n("3.35"), sumber(target(diubah, "IK-LPPD", 2020), "RENSTRA").nilai());
        assertEquals("3,35", sumber(target(diubah, "IK-LPPD", 2020), "RENSTRA").tampil());
        assertEquals("3,40", sumber(target(diubah, "IK-LPPD", 2020), "PK").label());
        assertTrue(diubah.renstra().versi() > draf.renstra().versi());
        var basi = assertThrows(KonflikVersiException.class, () -> u.renstra("admin-pemda", s -> s.aturTarget(
                "RENSTRA-SETDA-2018-P1", "IK-LPPD", 2020, "RENSTRA", new IsianRenstra.Target("3,5", null, null, null,
                        draf.renstra().versi()))));
        assertEquals(diubah.renstra().versi(), basi.versiSaatIni());

        PohonRenstra lamaLagi = u.renstra("verifikator", s -> s.pohon(RENSTRA));
        assertEquals(n("3.3"), sumber(target(lamaLagi, "IK-LPPD", 2020), "RENSTRA").nilai());
        assertEquals(List.of("RENSTRA-SETDA-2018-P1"), lamaLagi.renstra().digantikanOleh());
        assertEquals("DITETAPKAN", lamaLagi.renstra().status(), "draf belum menggantikan apa pun");
        // the draft is not in the data the measurement reads
        var data = u.db.transaksi(u.pemda, em -> new SumberTersimpan(em, u.pemda).data());
        assertEquals(List.of(RENSTRA), data.renstra().stream().map(r -> r.kode()).toList());
        assertTrue(data.target().stream().anyMatch(t -> t.indikator().equals("IK-LPPD") && t.tahun() == 2020
                && t.sumber().equals("RENSTRA") && t.nilai().compareTo(n("3.3")) == 0));
    }

    /** The draft's tree equals the old one apart from what may change in a draft. */
    private static void samaKecualiYangDapatDiubah(PohonRenstra draf, PohonRenstra lama) {
        assertEquals(lama.tujuan().size(), draf.tujuan().size());
        for (int i = 0; i < lama.tujuan().size(); i++) {
            var a = lama.tujuan().get(i);
            var b = draf.tujuan().get(i);
            assertEquals(a.kode(), b.kode());
            assertEquals(a.teks(), b.teks());
            assertEquals(a.sasaran().stream().map(PohonRenstra.Sasaran::kode).toList(),
                    b.sasaran().stream().map(PohonRenstra.Sasaran::kode).toList());
        }
        for (var t : lama.tujuan()) {
            for (var s : t.sasaran()) {
                for (var i : s.indikator()) {
                    var d = indikator(draf, i.kode());
                    assertEquals(i.nama(), d.nama());
                    assertEquals(i.satuan(), d.satuan());
                    assertEquals(i.kelompok(), d.kelompok());
                    for (int k = 0; k < i.target().size(); k++) {
                        var x = i.target().get(k);
                        var y = d.target().get(k);
                        assertEquals(x.berwenang() == null ? null : x.berwenang().nilai(),
                                y.berwenang() == null ? null : y.berwenang().nilai(), i.kode() + " " + x.tahun());
                        assertEquals(x.sumber().size(), y.sumber().size(), i.kode() + " " + x.tahun());
                    }
                }
            }
        }
    }

    /**
     * Adopting the draft writes it into the plan's records: a new objective and indicator exist, the changed target is
     * the stored one (and the measurement's, with the RENSTRA source), the indicator keeps its realisasi; the replaced
     * version stays readable with its old target and can no longer be revised.
     */
    @Test
    void penetapanMenulisDrafKeRekamanDanMembekukanVersiLama() {
        RencanaUji u = RencanaUji.muat("kota-tanjungpinang");
        String p1 = "RENSTRA-SETDA-2018-P1";
        long v0 = u.renstra("operator", s -> s.pohon(RENSTRA)).renstra().versi();
        long v1 = u.renstra("operator", s -> s.buatPerubahan(RENSTRA, new IsianRenstra.Perubahan(p1, "Perubahan Renstra Setda 2018-2023",
                "RPJMD perubahan", v0))).renstra().versi();
        long v2 = u.renstra("operator", s -> s.aturTarget(p1, "IK-LPPD", 2020, "RENSTRA", new IsianRenstra.Target("3,35", null, null,
                null, v1))).renstra().versi();
        long v3 = u.renstra("admin-pemda", s -> s.tambahTujuan(p1, new IsianRenstra.Tujuan("T3", "Meningkatnya tata kelola data",
                v2))).renstra().versi();
        long v4 = u.renstra("operator", s -> s.tambahSasaran(p1, new IsianRenstra.Sasaran("S3", "Data statistik sektoral tersedia",
                "T3", v3))).renstra().versi();
        var dup = assertThrows(ValidasiGagalException.class, () -> u.renstra("operator", s -> s.tambahIndikator(p1,
                new IsianRenstra.Indikator("IK-LPPD", "x", "%", null, "NAIK", "RASIO", null, null, "S3", null, null, null, null))));
        assertEquals(List.of("kode", "versi"), field(dup), "kode tersimpan dan di draf tidak boleh dipakai lagi");
        long vt = u.renstra("operator", s -> s.tambahIndikator(p1, new IsianRenstra.Indikator("IK-DATA", "Persentase data sektoral"
                + " yang terbit", "%", "data terbit / data direncanakan x 100", "naik", "rasio", 2, null, "S3", "SETDA",
                new IsianRenstra.KondisiAwal(2017, "40,5", "40,5%"), "Bagian Organisasi", v4))).renstra().versi();
        PohonRenstra draf = u.renstra("operator", s -> s.aturTarget(p1, "IK-DATA", 2021, "RENSTRA",
                new IsianRenstra.Target("60", "70", "60–70%", null, vt)));
        assertEquals("60–70", sumber(target(draf, "IK-DATA", 2021), "RENSTRA").tampil());
        assertEquals("%", sumber(target(draf, "IK-DATA", 2021), "RENSTRA").satuan());
        long realisasiLppd = jumlahRealisasi(u, "IK-LPPD");

        final long vp = draf.renstra().versi();
        var tanggal = assertThrows(ValidasiGagalException.class, () -> u.renstra("pimpinan",
                s -> s.tetapkan(p1, new IsianRenstra.Penetapan("20-08-2021", null, vp))));
        assertEquals(List.of("ditetapkan"), field(tanggal));
        PohonRenstra baru = u.renstra("pimpinan", s -> s.tetapkan(p1, new IsianRenstra.Penetapan("2021-08-20",
                "Perwako 12/2021", vp)));
        assertEquals("DITETAPKAN", baru.renstra().status());
        assertEquals("2021-08-20", baru.renstra().ditetapkan());
        assertEquals("Perwako 12/2021", baru.renstra().dasarHukum());
        assertEquals(List.of("T1", "T2", "T3"), baru.tujuan().stream().map(PohonRenstra.Tujuan::kode).toList());
        assertEquals(n("3.35"), sumber(target(baru, "IK-LPPD", 2020), "RENSTRA").nilai());
        assertEquals(n("40.5"), indikator(baru, "IK-DATA").kondisiAwal().nilai());
        assertEquals(n("70"), sumber(target(baru, "IK-DATA", 2021), "RENSTRA").nilaiAtas());
        assertEquals(realisasiLppd, jumlahRealisasi(u, "IK-LPPD"), "realisasi tetap melekat pada indikator yang sama");
        assertTrue(realisasiLppd > 0);

        PohonRenstra lama = u.renstra("verifikator", s -> s.pohon(RENSTRA));
        assertEquals("DIGANTIKAN", lama.renstra().status());
        assertEquals(n("3.3"), sumber(target(lama, "IK-LPPD", 2020), "RENSTRA").nilai(), "versi lama tetap terbaca seperti dulu");
        assertEquals(List.of("T1", "T2"), lama.tujuan().stream().map(PohonRenstra.Tujuan::kode).toList());
        var digantikan = assertThrows(AturanDilanggarException.class, () -> u.renstra("operator", s -> s.buatPerubahan(RENSTRA,
                new IsianRenstra.Perubahan("RENSTRA-P2", null, "x", lama.renstra().versi()))));
        assertTrue(digantikan.getMessage().contains("digantikan oleh " + p1), digantikan.getMessage());
        assertThrows(AturanDilanggarException.class, () -> u.renstra("operator", s -> s.aturTarget(p1, "IK-LPPD", 2020, "RENSTRA",
                new IsianRenstra.Target("3,4", null, null, null, baru.renstra().versi()))));

        // with the RENSTRA source the measurement now takes the adopted 3,35
        long vs = u.sumberTarget("admin-pemda", SumberTargetService::baca).versi();
        u.sumberTarget("admin-pemda", s -> s.ubah(new SumberTargetService.Isian("RENSTRA", vs)));
        KinerjaIndikator lppd = u.kinerja(2020).indikator("IK-LPPD").orElseThrow();
        assertEquals("RENSTRA", lppd.target().sumber());
        assertEquals(0, lppd.target().nilai().compareTo(n("3.35")));
        var data = u.db.transaksi(u.pemda, em -> new SumberTersimpan(em, u.pemda).data());
        assertEquals(p1, data.tujuan().stream().filter(t -> t.kode().equals("T1")).findFirst().orElseThrow().renstra());
    }

    private static long jumlahRealisasi(RencanaUji u, String kode) {
        return u.db.transaksi(u.pemda, em -> em.createQuery("select count(r) from RealisasiIndikator r where r.indikator.kode = :k",
                Long.class).setParameter("k", kode).getSingleResult());
    }

    /** A new Renstra for the next period starts as an empty draft; its fields are all checked at once. */
    @Test
    void renstraBaruSebagaiDraf() {
        RencanaUji u = RencanaUji.muat("kota-pangkalpinang");
        var e = assertThrows(ValidasiGagalException.class, () -> u.renstra("admin-pemda", s -> s.buat(
                new IsianRenstra.Baru(RENSTRA, null, 2029, 2024, "RPJMD-X", "UNIT-X", null))));
        assertEquals(List.of("kode", "nama", "tahunSelesai", "rpjmd", "unit"), field(e));
        PohonRenstra p = u.renstra("admin-pemda", s -> s.buat(new IsianRenstra.Baru("RENSTRA-SETDA-2024", "Renstra Setda 2024-2028",
                2024, 2028, "RPJMD-2018", "SETDA", null)));
        assertEquals("DRAF", p.renstra().status());
        assertEquals("MURNI", p.renstra().jenisVersi());
        assertTrue(p.tujuan().isEmpty());
        assertEquals(List.of("RENSTRA-SETDA-2018", "RENSTRA-SETDA-2024"),
                u.renstra("operator", RenstraService::daftar).stream().map(RingkasanRenstra::kode).toList());
    }
}
