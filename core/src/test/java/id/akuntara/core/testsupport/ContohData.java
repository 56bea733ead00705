package id.akuntara.core.testsupport;

import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.calc.PitaPredikat;
import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.domain.anggaran.KaitanAnggaran;
import id.akuntara.core.domain.anggaran.PosAnggaran;
import id.akuntara.core.domain.anggaran.TingkatAnggaran;
import id.akuntara.core.domain.bersama.PresisiTanggal;
import id.akuntara.core.domain.evaluasi.EvaluasiSakip;
import id.akuntara.core.domain.evaluasi.JenisKeputusan;
import id.akuntara.core.domain.evaluasi.KeputusanRewardPunishment;
import id.akuntara.core.domain.evaluasi.StatusTindakLanjut;
import id.akuntara.core.domain.kepegawaian.DimensiStatistik;
import id.akuntara.core.domain.kepegawaian.JenisPenugasan;
import id.akuntara.core.domain.kepegawaian.Pegawai;
import id.akuntara.core.domain.kepegawaian.Penugasan;
import id.akuntara.core.domain.kepegawaian.StatistikPegawai;
import id.akuntara.core.domain.narasi.Narasi;
import id.akuntara.core.domain.organisasi.JenisJabatan;
import id.akuntara.core.domain.organisasi.JenisUnit;
import id.akuntara.core.domain.organisasi.Jabatan;
import id.akuntara.core.domain.organisasi.Restrukturisasi;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.domain.pengukuran.BuktiDukung;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.pengukuran.SnapshotKinerja;
import id.akuntara.core.domain.pengukuran.RencanaAksi;
import id.akuntara.core.domain.perjanjian.BarisPerjanjian;
import id.akuntara.core.domain.perjanjian.PerjanjianKinerja;
import id.akuntara.core.domain.perjanjian.ProgramPerjanjian;
import id.akuntara.core.domain.rencana.AnggotaIku;
import id.akuntara.core.domain.rencana.AnggotaKomposit;
import id.akuntara.core.domain.rencana.Iku;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.JenisIndikator;
import id.akuntara.core.domain.rencana.JenisStrategi;
import id.akuntara.core.domain.rencana.Misi;
import id.akuntara.core.domain.rencana.Renstra;
import id.akuntara.core.domain.rencana.Rpjmd;
import id.akuntara.core.domain.rencana.Sasaran;
import id.akuntara.core.domain.rencana.StrategiKebijakan;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.domain.rencana.Target;
import id.akuntara.core.domain.rencana.Tujuan;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;


/**
 * Builds one record of every tenant-owned entity for a pemda, shaped after Kaltim's LKjIP 2021 (kaltim-a/c):
 * the Setda with a Biro ended by Pergub 18/2021, a Plt. Asisten, a signed PK with a PK Perubahan, a realisation,
 * budget, evaluation and narrative. Every test builds its own data with it.
 */
public final class ContohData {

    private static final Instant DIUNGGAH = Instant.parse("2022-01-10T03:00:00Z");
    public static final LocalDate PERGUB_18_2021 = LocalDate.of(2021, 7, 1); // test date; the seed text gives no day

    /** The records a test may want to reach again. */
    public record Hasil(UnitOrganisasi setda, UnitOrganisasi biroLama, UnitOrganisasi biroBaru, Penugasan sekda,
            Penugasan pltAsisten, IndikatorKinerja indikator, Target target, PerjanjianKinerja pk,
            RealisasiIndikator realisasi, Narasi narasi) {
    }

    private ContohData() {
    }

    public static Hasil lengkap(EntityManager em) {
        PengaturanPemda pengaturan = new PengaturanPemda("akuntara-provinsi");
        pengaturan.gantiSkala(new SkalaPredikat("Pangkalpinang", List.of(
                PitaPredikat.lebihDari("Baik Sekali", new BigDecimal("100")),
                PitaPredikat.antara("Baik", BatasPita.inklusif(new BigDecimal("75")), BatasPita.inklusif(new BigDecimal("100"))),
                PitaPredikat.kurangDari("Kurang", new BigDecimal("75")))));
        // the report's own settings: name, addressee, and an outline without the optional Kata Pengantar
        var kerangka = id.akuntara.core.plugin.PemetaKerangka.kePaket(id.akuntara.spi.KerangkaLaporan.permenpanRb53Tahun2014());
        pengaturan.ubahLaporan("LKjIP", "Gubernur Kalimantan Timur", id.akuntara.core.paket.Paket.tulisBagian(
                new id.akuntara.core.paket.PaketData.Kerangka(kerangka.pembuka().subList(1, 2), kerangka.bab(), kerangka.lampiran())));
        em.persist(pengaturan);

        LocalDate awal = LocalDate.of(2019, 1, 1);
        UnitOrganisasi setda = simpan(em, new UnitOrganisasi("SETDA", "Sekretariat Daerah", JenisUnit.SEKRETARIAT_DAERAH, null, awal,
                List.of("Setda"), "Perda Prov. Kaltim 9/2016"));
        UnitOrganisasi asisten = simpan(em, new UnitOrganisasi("AS2", "Asisten Perekonomian dan Administrasi Pembangunan",
                JenisUnit.ASISTEN, setda, awal, List.of(), null));
        UnitOrganisasi biroLama = simpan(em, new UnitOrganisasi("B-INFRA", "Biro Infrastruktur", JenisUnit.BIRO, asisten, awal,
                List.of(), null));
        em.persist(Restrukturisasi.bubarkan(biroLama, PERGUB_18_2021, "Pergub Kaltim 18/2021"));
        UnitOrganisasi biroBaru = simpan(em, new UnitOrganisasi("B-PBJ", "Biro Pengadaan Barang dan Jasa", JenisUnit.BIRO, asisten,
                PERGUB_18_2021, List.of("Biro PBJ"), "Pergub Kaltim 18/2021"));

        Jabatan gubernur = simpan(em, new Jabatan("GUB", "Gubernur Kalimantan Timur", JenisJabatan.KEPALA_DAERAH, null, null));
        Jabatan sekda = simpan(em, new Jabatan("SEKDA", "Sekretaris Daerah", JenisJabatan.STRUKTURAL, setda, "I.b"));
        Jabatan kepalaAsisten = simpan(em, new Jabatan("AS2", "Asisten Perekonomian dan Administrasi Pembangunan",
                JenisJabatan.STRUKTURAL, asisten, "II.a"));
        Pegawai isran = simpan(em, new Pegawai("isran-noor", "Dr. Ir. H. Isran Noor, M.Si.", null, null, null, null));
        Pegawai sabani = simpan(em, new Pegawai("19620128-198803-1-005", "Muhammad Sa'bani", "19620128 198803 1 005",
                "Pembina Utama", "IV/e", null));
        Pegawai riza = simpan(em, new Pegawai("19641028-199003-1-009", "Ir. Riza Indra Riadi, M.Si", "NIP. 19641028 199003 1 009",
                "Pembina Utama Madya", "IV/d", null));
        Penugasan pGub = simpan(em, new Penugasan("gub-2018", isran, gubernur, JenisPenugasan.DEFINITIF, LocalDate.of(2018, 10, 1), null, null));
        Penugasan pSekda = simpan(em, new Penugasan("sekda-2018", sabani, sekda, JenisPenugasan.DEFINITIF, awal, null, null));
        Penugasan pAs = simpan(em, new Penugasan("plt-as2-2021", riza, kepalaAsisten, JenisPenugasan.PLT, LocalDate.of(2021, 1, 4),
                null, "SK Gubernur"));
        em.persist(new StatistikPegawai(setda, "Sekretaris Daerah", LocalDate.of(2021, 12, 31), DimensiStatistik.GOLONGAN, "IV", 1));

        Rpjmd rpjmd = simpan(em, new Rpjmd("RPJMD-2019", "RPJMD Provinsi Kalimantan Timur 2019–2023", 2019, 2023,
                "Berani untuk Kalimantan Timur Berdaulat", "Perda 2/2019"));
        Misi misi = simpan(em, new Misi(rpjmd, 4, "Berdaulat dalam Pemerintahan"));
        Renstra renstra = simpan(em, new Renstra("RENSTRA-2019", "Renstra Setda 2019–2023", rpjmd, setda, 2019, 2023, null, null, null));
        Tujuan tujuan = simpan(em, new Tujuan("T1", "Meningkatkan akuntabilitas kinerja", null, renstra, misi));
        Sasaran sasaran = simpan(em, new Sasaran("SS1", "Meningkatnya kualitas penyelenggaraan pemerintahan", tujuan));
        em.persist(new StrategiKebijakan(renstra, sasaran, JenisStrategi.STRATEGI, 1, "Penguatan koordinasi"));
        IndikatorKinerja ekppd = simpan(em, new IndikatorKinerja("IK-EKPPD", "Skor EKPPD", "skor", null, Polaritas.NAIK,
                JenisIndikator.SKOR_EKSTERNAL, 4, null, sasaran, setda, new IndikatorKinerja.KondisiAwal(2018, new BigDecimal("3.0885"), null),
                "Kemendagri"));
        IndikatorKinerja rata = simpan(em, new IndikatorKinerja("IK-RATA", "Rata-rata capaian sasaran", "%", null, Polaritas.NAIK,
                JenisIndikator.RATA_RATA_CAPAIAN, 2, null, sasaran, null, null, null));
        em.persist(new AnggotaKomposit(rata, ekppd, null, null));
        Iku iku = simpan(em, new Iku("IKU-2019", "IKU Setda 2019–2023", "Kepgub", 2019, 2023, setda));
        em.persist(new AnggotaIku(iku, ekppd, 1));
        Target target = simpan(em, new Target(ekppd, 2021, SumberTarget.RENSTRA, new BigDecimal("3.1"), null, "3,1000", "skor"));

        PosAnggaran program = simpan(em, new PosAnggaran("P-2021-01", "4.01.02", 2021, TingkatAnggaran.PROGRAM,
                "PROGRAM PEMERINTAHAN DAN OTONOMI DAERAH", null, setda, null, new BigDecimal("5499404800")));
        program.catatRealisasi(new BigDecimal("5000000000"), new BigDecimal("90"));
        em.persist(new KaitanAnggaran(program, sasaran, null));

        PerjanjianKinerja pk = new PerjanjianKinerja("PK-2021-SEKDA", 2021, setda, pSekda, pGub, null);
        pk.tetapkanPenandatanganan("Samarinda", LocalDate.of(2021, 2, 1), PresisiTanggal.BULAN);
        pk.tambahBaris(new BarisPerjanjian.Isi(sasaran.getTeks(), sasaran, ekppd.getNama(), ekppd, "skor", new BigDecimal("3.1"), "3,1"));
        pk.tambahProgram(new ProgramPerjanjian.Isi(program.getNama(), program, new BigDecimal("5499404800"), "APBD"));
        pk.tetapkanTotalTertulis(new BigDecimal("5499404800"), null);
        pk.tandatangani(Instant.parse("2021-02-01T00:00:00Z"));
        em.persist(pk);
        PerjanjianKinerja pkAs = new PerjanjianKinerja("PK-2021-AS2", 2021, asisten, pAs, pSekda, pk);
        pkAs.tambahBaris(new BarisPerjanjian.Isi(sasaran.getTeks(), sasaran, ekppd.getNama(), ekppd, "skor", new BigDecimal("3.1"), null));
        pkAs.tambahProgram(new ProgramPerjanjian.Isi(program.getNama(), program, new BigDecimal("1378505550"), "APBD"));
        em.persist(pkAs);

        em.persist(new RencanaAksi(ekppd, 2021, 4, new BigDecimal("3.1"), null, "Penyampaian LPPD"));
        RealisasiIndikator realisasi = simpan(em, new RealisasiIndikator(ekppd, 2021, Periode.TAHUNAN));
        realisasi.bawaDari(2018, new BigDecimal("3.0885"), "EKPPD 2018 dipakai untuk 2021");
        em.persist(new BuktiDukung(realisasi, "lhe.pdf", "application/pdf", "%PDF-1.4 uji".getBytes(), DIUNGGAH));
        em.persist(new SnapshotKinerja(2020, "uji-1", "0".repeat(64), "{}", DIUNGGAH, "pimpinan.uji"));

        EvaluasiSakip evaluasi = new EvaluasiSakip(2020, "Inspektorat Daerah", "700/001/LHE", LocalDate.of(2021, 3, 1),
                new BigDecimal("59.14"), "CC");
        evaluasi.tambahKomponen("Perencanaan Kinerja", new BigDecimal("30"), new BigDecimal("20"));
        evaluasi.tambahKomponen("Pengukuran Kinerja", new BigDecimal("25"), new BigDecimal("14"));
        evaluasi.tambahKomponen("Pelaporan Kinerja", new BigDecimal("15"), new BigDecimal("9"));
        evaluasi.tambahKomponen("Evaluasi Internal", new BigDecimal("10"), new BigDecimal("5"));
        evaluasi.tambahKomponen("Capaian Kinerja", new BigDecimal("20"), new BigDecimal("11.14"));
        evaluasi.tambahRekomendasi("Perencanaan", "Menyusun cascading kinerja").tindakLanjuti(StatusTindakLanjut.SUDAH, "Sudah disusun");
        em.persist(evaluasi);
        em.persist(new KeputusanRewardPunishment(2021, JenisKeputusan.REWARD, biroBaru, "Penghargaan SAKIP terbaik", "Telaahan Staf"));
        Narasi narasi = simpan(em, new Narasi(2021, "BAB I.A", "Latar Belakang", "Laporan ini …"));
        return new Hasil(setda, biroLama, biroBaru, pSekda, pAs, ekppd, target, pk, realisasi, narasi);
    }

    private static <T> T simpan(EntityManager em, T entitas) {
        em.persist(entitas);
        return entitas;
    }

}
