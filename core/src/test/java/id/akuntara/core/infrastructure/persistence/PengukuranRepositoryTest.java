package id.akuntara.core.infrastructure.persistence;

import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.domain.anggaran.PosAnggaran;
import id.akuntara.core.domain.anggaran.TingkatAnggaran;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.evaluasi.StatusTindakLanjut;
import id.akuntara.core.domain.pengukuran.BuktiDukung;
import id.akuntara.core.domain.pengukuran.PemeriksaBerkas;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.pengukuran.StatusAlur;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.JenisIndikator;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.domain.rencana.Target;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.core.testsupport.ContohData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Realisation workflow and lock, evidence files, capaian snapshots, budget, evaluation. */
class PengukuranRepositoryTest {

    private static final String PEMDA = "kab-klungkung";
    private static BasisDataUji db;
    private static ContohData.Hasil data;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        data = db.transaksi(PEMDA, ContohData::lengkap);
    }

    @Test
    void alurRealisasiSampaiDisahkanLaluTerkunci() throws SQLException {
        var id = db.transaksi(PEMDA, em -> {
            var rencana = new JpaRencanaRepository(em);
            IndikatorKinerja ik = rencana.cariIndikator("IK-EKPPD").orElseThrow();
            var r = new RealisasiIndikator(ik, 2021, Periode.TW4);
            r.isiNilai(new BigDecimal("3.2"), null);
            r.ajukan();
            r.kembalikan("Lampirkan LHE");
            assertEquals(StatusAlur.DIKEMBALIKAN, r.getStatusAlur());
            r.isiNilai(new BigDecimal("3.25"), null);
            r.ajukan();
            r.verifikasi();
            r.sahkan();
            new JpaRealisasiRepository(em).simpan(r);
            var e = assertThrows(AturanDilanggarException.class, () -> r.isiNilai(BigDecimal.ONE, null));
            assertTrue(e.getMessage().contains("DISAHKAN"), e.getMessage());
            return r.getId();
        });
        try (var c = db.koneksiApp(PEMDA)) {
            var e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "UPDATE realisasi_indikator SET nilai = 1 WHERE id = '" + id + "'"));
            assertTrue(e.getMessage().contains("terkunci"), e.getMessage());
            var e2 = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "INSERT INTO bukti_dukung (id, tenant_id, versi, realisasi_id, nama_berkas, jenis_konten, ukuran, sha256, isi,"
                            + " diunggah_pada) VALUES (gen_random_uuid(), '" + PEMDA + "', 0, '" + id + "', 'a.pdf',"
                            + " 'application/pdf', 5, 'x', '%PDF-'::bytea, now())"));
            assertTrue(e2.getMessage().contains("terkunci"), e2.getMessage());
        }
    }

    @Test
    void verifikasiTanpaPengajuanDitolak() {
        var r = new RealisasiIndikator(data.indikator(), 2021, Periode.TW1);
        var e = assertThrows(AturanDilanggarException.class, r::verifikasi);
        assertTrue(e.getMessage().contains("harus DIAJUKAN"), e.getMessage());
    }

    @Test
    void buktiDukungDiperiksaUkuranDanJenisnya() {
        var r = data.realisasi();
        assertThrows(AturanDilanggarException.class, () -> new BuktiDukung(r, "a.exe", "application/x-msdownload",
                new byte[]{'M', 'Z'}, Instant.now()));
        var palsu = assertThrows(AturanDilanggarException.class, () -> new BuktiDukung(r, "foto.png", "image/png",
                "%PDF-1.4".getBytes(), Instant.now()));
        assertTrue(palsu.getMessage().contains("tidak sesuai dengan jenisnya"), palsu.getMessage());
        byte[] besar = new byte[PemeriksaBerkas.UKURAN_MAKSIMUM + 1];
        System.arraycopy("%PDF-".getBytes(), 0, besar, 0, 5);
        var e = assertThrows(AturanDilanggarException.class, () -> new BuktiDukung(r, "besar.pdf", "application/pdf", besar,
                Instant.now()));
        assertTrue(e.getMessage().contains("melebihi batas"), e.getMessage());
        db.jalankan(PEMDA, em -> {
            var repo = new JpaRealisasiRepository(em);
            var tersimpan = repo.bukti(repo.cari(r.getId()).orElseThrow());
            assertEquals(1, tersimpan.size());
            assertEquals("%PDF-1.4 uji", new String(tersimpan.get(0).getIsi()));
            assertEquals(64, tersimpan.get(0).getSha256().length());
        });
    }

    @Test
    void paguNegatifDitolakDanAnggaranTanpaSasaranTerlihat() {
        assertThrows(AturanDilanggarException.class, () -> new PosAnggaran("X", null, 2021, TingkatAnggaran.PROGRAM, "X", null,
                null, null, new BigDecimal("-1")));
        db.jalankan(PEMDA, em -> {
            var repo = new JpaAnggaranRepository(em);
            var lepas = new PosAnggaran("P-2021-99", null, 2021, TingkatAnggaran.PROGRAM, "PROGRAM PENUNJANG", null, null, null,
                    new BigDecimal("1000"));
            lepas.catatRealisasi(new BigDecimal("250"), null);
            repo.simpan(lepas);
            em.flush();
            assertEquals(List.of("P-2021-99"), repo.tanpaKaitan(2021).stream().map(PosAnggaran::getKode).toList());
            assertEquals(new BigDecimal("25.00"), lepas.serapan().nilaiAtauGagal().setScale(2, RoundingMode.HALF_UP));
        });
    }

    @Test
    void realisasiAnggaranKosongBukanNol() {
        db.jalankan(PEMDA, em -> {
            var repo = new JpaAnggaranRepository(em);
            var kosong = new PosAnggaran("P-2022-98", null, 2022, TingkatAnggaran.PROGRAM, "PROGRAM TANPA REALISASI", null,
                    null, null, new BigDecimal("1000"));
            kosong.catatProgresFisik(new BigDecimal("40"));
            repo.simpan(kosong);
            em.flush();
            em.clear();
            var dibaca = em.createQuery("select a from PosAnggaran a where a.kode = 'P-2022-98'", PosAnggaran.class)
                    .getSingleResult();
            assertTrue(dibaca.getRealisasi().isEmpty(), "realisasi yang tidak dicatat tidak boleh menjadi 0");
            assertEquals("tidak-dapat-dihitung", dibaca.serapan().status().kode());
            assertTrue(dibaca.serapan().alasan().contains("belum dicatat"), dibaca.serapan().alasan());
        });
    }

    @Test
    void totalEvaluasiDihitungDariKomponen() {
        db.jalankan(PEMDA, em -> {
            var repo = new JpaEvaluasiRepository(em);
            var ev = repo.evaluasiTahun(2020).get(0);
            assertEquals(0, new BigDecimal("59.14").compareTo(ev.totalTerhitung().orElseThrow()));
            assertTrue(repo.rekomendasiBelumSelesai().isEmpty());
            ev.tambahRekomendasi("Pengukuran", "Lengkapi data dukung").tindakLanjuti(StatusTindakLanjut.AKAN_DIUSULKAN, null);
            em.flush();
            assertEquals(1, repo.rekomendasiBelumSelesai().size());
        });
    }
}
