package id.akuntara.core.application.riwayat;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.application.anggaran.AnggaranUji;
import id.akuntara.core.application.anggaran.IsianPos;
import id.akuntara.core.application.anggaran.IsianPosBaru;
import id.akuntara.core.application.anggaran.IsianRealisasi;
import id.akuntara.core.application.anggaran.PohonAnggaran;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.infrastructure.persistence.audit.JpaRiwayatRepository;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.core.testsupport.ContohData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.akuntara.core.application.anggaran.AnggaranUji.PANGKALPINANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who changed what and when: a budget line created by the operator, its first quarter entered, renamed by the admin;
 * the history lists each change with its user (the one the transaction ran for, as the verified token names it in a
 * request) and the fields old → new. Another pemda's record is not found; other roles are refused.
 */
class RiwayatServiceTest {

    private static final String KALTIM = "prov-kaltim";
    private static BasisDataUji db;
    private static ContohData.Hasil kaltim;

    @BeforeAll
    static void siapkan() {
        db = BasisDataUji.baru();
        AnggaranUji.muatPangkalpinang(db);
        kaltim = db.transaksi(KALTIM, "admin.kaltim", ContohData::lengkap);
    }

    private static RiwayatRekaman riwayat(String pemda, String username, String peran, String jenis, UUID id) {
        return db.transaksi(pemda, username, em -> new RiwayatServiceImpl(new JpaRiwayatRepository(em),
                AnggaranUji.pengguna(pemda, username, peran)).riwayat(jenis, id));
    }

    private static <T> T anggaran(String username, String peran, Function<id.akuntara.core.application.anggaran.AnggaranServiceImpl, T> kerja) {
        return AnggaranUji.sebagai(db, PANGKALPINANG, username, peran, kerja);
    }

    private static Map<String, RiwayatRekaman.Isian> isian(RiwayatRekaman.Entri e) {
        return e.isian().stream().collect(Collectors.toMap(RiwayatRekaman.Isian::field, i -> i));
    }

    @Test
    void setiapPerubahanDenganPenggunaDanIsianLamaBaru() {
        PohonAnggaran.Simpul pos = anggaran("operator.pangkalpinang", "operator", s -> s.buat(new IsianPosBaru(2035,
                "PROGRAM", null, null, "4.01.50", "Program riwayat", null, null, "50.000.000", null, null)));
        UUID id = UUID.fromString(pos.id());
        PohonAnggaran.Simpul tw1 = anggaran("operator.pangkalpinang", "operator", s -> s.catatRealisasi(id, 1,
                new IsianRealisasi(pos.versi(), "12.500.000,50")));
        anggaran("admin.pangkalpinang", "admin-pemda", s -> s.ubah(id, new IsianPos(tw1.versi(), "Program riwayat (ubah)",
                "4.01.50", null, null, "50.000.000", null, null)));

        RiwayatRekaman r = riwayat(PANGKALPINANG, "verifikator.pangkalpinang", "verifikator", "pos-anggaran", id);
        assertEquals("pos-anggaran", r.jenis());
        assertEquals(3, r.entri().size(), r.toString());

        RiwayatRekaman.Entri dibuat = r.entri().get(0);
        assertEquals("dibuat", dibuat.perubahan());
        assertEquals("operator.pangkalpinang", dibuat.pengguna());
        assertEquals("50000000", isian(dibuat).get("paguMurni").baru());
        assertNull(isian(dibuat).get("paguMurni").lama());
        assertEquals("PROGRAM", isian(dibuat).get("tingkat").baru());
        assertEquals("2035-4.01.50", isian(dibuat).get("kode").baru());
        assertTrue(!isian(dibuat).containsKey("realisasi") && !isian(dibuat).containsKey("id")
                && !isian(dibuat).containsKey("tenantId") && !isian(dibuat).containsKey("versi"), dibuat.toString());

        RiwayatRekaman.Entri realisasi = r.entri().get(1);
        assertEquals("diubah", realisasi.perubahan());
        assertEquals("operator.pangkalpinang", realisasi.pengguna());
        assertEquals(List.of("realisasi", "realisasiTw1"), realisasi.isian().stream().map(RiwayatRekaman.Isian::field).toList());
        assertEquals(new RiwayatRekaman.Isian("realisasiTw1", null, "12500000.5"), isian(realisasi).get("realisasiTw1"));

        RiwayatRekaman.Entri ubah = r.entri().get(2);
        assertEquals("admin.pangkalpinang", ubah.pengguna());
        assertEquals(List.of(new RiwayatRekaman.Isian("nama", "Program riwayat", "Program riwayat (ubah)")), ubah.isian());
        assertTrue(ubah.revisi() > realisasi.revisi() && realisasi.revisi() > dibuat.revisi());
        assertTrue(ubah.waktu().compareTo(dibuat.waktu()) >= 0);

        // the admin reads it too; the operator may not
        assertEquals(3, riwayat(PANGKALPINANG, "admin.pangkalpinang", "admin-pemda", "pos-anggaran", id).entri().size());
        assertThrows(AksesDitolakException.class, () -> riwayat(PANGKALPINANG, "operator.pangkalpinang", "operator",
                "pos-anggaran", id));
    }

    @Test
    void tautanKeRekamanLainSebagaiIdnya() {
        PohonAnggaran pohon = anggaran("verifikator.pangkalpinang", "verifikator", s -> s.pohon(2021));
        PohonAnggaran.Simpul kg01 = pohon.program().get(0).anak().get(0);
        RiwayatRekaman r = riwayat(PANGKALPINANG, "admin.pangkalpinang", "admin-pemda", "pos-anggaran", UUID.fromString(kg01.id()));
        RiwayatRekaman.Entri dibuat = r.entri().get(0);
        assertEquals("uji", dibuat.pengguna(), "dimuat dari paket sebagai kerja latar 'uji'");
        assertEquals(pohon.program().get(0).id(), isian(dibuat).get("induk").baru());
        assertEquals("333226551", isian(dibuat).get("realisasi").baru());
    }

    @Test
    void jenisTakDikenalMenyebutJenisYangAda() {
        TidakDitemukanException e = assertThrows(TidakDitemukanException.class, () -> riwayat(PANGKALPINANG,
                "admin.pangkalpinang", "admin-pemda", "anggaran", UUID.randomUUID()));
        for (String jenis : List.of("realisasi", "perjanjian-kinerja", "pos-anggaran", "indikator", "target", "kaitan-anggaran")) {
            assertTrue(e.getMessage().contains(jenis), e.getMessage());
        }
        List<String> jenis = db.transaksi(PANGKALPINANG, "admin.pangkalpinang", em -> new RiwayatServiceImpl(
                new JpaRiwayatRepository(em), AnggaranUji.pengguna(PANGKALPINANG, "admin.pangkalpinang", "admin-pemda")).jenis());
        assertTrue(!jenis.contains("snapshot-kinerja") && !jenis.contains("pemda") && !jenis.contains("realisasi-indikator"), jenis.toString());
    }

    @Test
    void rekamanPemdaLainTidakDitemukan() {
        UUID realisasiKaltim = kaltim.realisasi().getId();
        RiwayatRekaman milikSendiri = riwayat(KALTIM, "admin.kaltim", "admin-pemda", "realisasi", realisasiKaltim);
        assertEquals("admin.kaltim", milikSendiri.entri().get(0).pengguna());
        assertThrows(TidakDitemukanException.class, () -> riwayat(PANGKALPINANG, "admin.pangkalpinang", "admin-pemda",
                "realisasi", realisasiKaltim));
        assertThrows(TidakDitemukanException.class, () -> riwayat(PANGKALPINANG, "admin.pangkalpinang", "admin-pemda",
                "pos-anggaran", UUID.randomUUID()));
    }
}
