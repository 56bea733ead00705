package id.akuntara.core.infrastructure.paket;

import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.domain.anggaran.KaitanAnggaran;
import id.akuntara.core.domain.anggaran.PosAnggaran;
import id.akuntara.core.domain.evaluasi.EvaluasiSakip;
import id.akuntara.core.domain.evaluasi.KeputusanRewardPunishment;
import id.akuntara.core.domain.kepegawaian.Nip;
import id.akuntara.core.domain.kepegawaian.Pegawai;
import id.akuntara.core.domain.kepegawaian.Penugasan;
import id.akuntara.core.domain.kepegawaian.StatistikPegawai;
import id.akuntara.core.domain.narasi.Narasi;
import id.akuntara.core.domain.organisasi.Jabatan;
import id.akuntara.core.domain.organisasi.PerubahanUnit;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.domain.perjanjian.PerjanjianKinerja;
import id.akuntara.core.domain.rencana.AnggotaIku;
import id.akuntara.core.domain.rencana.AnggotaKomposit;
import id.akuntara.core.domain.rencana.Iku;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.Misi;
import id.akuntara.core.domain.rencana.Renstra;
import id.akuntara.core.domain.rencana.Rpjmd;
import id.akuntara.core.domain.rencana.Sasaran;
import id.akuntara.core.domain.rencana.StatusRenstra;
import id.akuntara.core.domain.rencana.StrategiKebijakan;
import id.akuntara.core.domain.rencana.Target;
import id.akuntara.core.domain.rencana.Tujuan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The current pemda's data as a package, in canonical order (by code or natural key), so that export → import →
 * export gives the same bytes. Capaian snapshots are not exported: they are derived and recomputed.
 */
public final class EksporPaket {

    private final EntityManager em;

    public EksporPaket(EntityManager em) {
        this.em = em;
    }

    public PaketData ekspor(String kodePemda) {
        var kinerja = new EksporKinerja(em);
        return new PaketData(PaketData.FORMAT, PaketData.VERSI, kodePemda, pengaturan(),
                semua(UnitOrganisasi.class, UnitOrganisasi::getKode, EksporPaket::unit),
                semua(PerubahanUnit.class, c -> c.getTanggal() + "|" + c.getAsal().getKode() + "|"
                        + c.getHasil().map(UnitOrganisasi::getKode).orElse(""), c -> new PaketData.PerubahanUnit(c.getAsal().getKode(),
                        c.getHasil().map(UnitOrganisasi::getKode).orElse(null), c.getJenis().name(), c.getTanggal().toString(),
                        c.getDasarHukum())),
                semua(Jabatan.class, Jabatan::getKode, j -> new PaketData.Jabatan(j.getKode(), j.getNama(), j.getJenis().name(),
                        j.getUnit().map(UnitOrganisasi::getKode).orElse(null), j.getEselon())),
                semua(Pegawai.class, Pegawai::getKode, o -> new PaketData.Pegawai(o.getKode(), o.getNama(),
                        o.getNip().map(Nip::digit).orElse(null), o.getPangkat(), o.getGolongan(),
                        o.getJenisKelamin().map(Enum::name).orElse(null))),
                semua(Penugasan.class, Penugasan::getKode, t -> new PaketData.Penugasan(t.getKode(), t.getPegawai().getKode(),
                        t.getJabatan().getKode(), t.getJenis().name(), t.getMulai().toString(),
                        t.getSelesai().map(Object::toString).orElse(null), t.getDasar())),
                semua(StatistikPegawai.class, s -> s.getPerTanggal() + "|" + s.getKelompok() + "|" + s.getDimensi() + "|"
                        + s.getKategori() + "|" + s.getUnit().map(UnitOrganisasi::getKode).orElse(""), s -> new PaketData.StatistikPegawai(
                        s.getUnit().map(UnitOrganisasi::getKode).orElse(null), s.getKelompok(), s.getPerTanggal().toString(),
                        s.getDimensi().name(), s.getKategori(), s.getJumlah())),
                semua(Rpjmd.class, Rpjmd::getKode, r -> new PaketData.Rpjmd(r.getKode(), r.getNama(), r.getTahunMulai(),
                        r.getTahunSelesai(), r.getVisi(), r.getDasarHukum(), misi(r))),
                semuaYang(Renstra.class, r -> r.getStatus() != StatusRenstra.DRAF, Renstra::getKode, r -> new PaketData.Renstra(r.getKode(), r.getNama(),
                        r.getRpjmd().map(Rpjmd::getKode).orElse(null), r.getUnit().map(UnitOrganisasi::getKode).orElse(null),
                        r.getTahunMulai(), r.getTahunSelesai(), r.getMenggantikan().map(Renstra::getKode).orElse(null),
                        r.getDitetapkan() == null ? null : r.getDitetapkan().toString(), r.getDasarHukum())),
                semua(Tujuan.class, Tujuan::getKode, t -> new PaketData.Tujuan(t.getKode(), t.getTeks(),
                        t.getRpjmd().map(Rpjmd::getKode).orElse(null), t.getRenstra().map(Renstra::getKode).orElse(null),
                        t.getMisi().map(Misi::getNomor).orElse(null))),
                semua(Sasaran.class, Sasaran::getKode, s -> new PaketData.Sasaran(s.getKode(), s.getTeks(), s.getTujuan().getKode())),
                semua(StrategiKebijakan.class, s -> s.getRenstra().getKode() + "|" + s.getJenis() + "|" + String.format("%06d",
                        s.getUrutan()) + "|" + s.getTeks(), s -> new PaketData.Strategi(s.getRenstra().getKode(),
                        s.getSasaran().map(Sasaran::getKode).orElse(null), s.getJenis().name(), s.getUrutan(), s.getTeks())),
                semua(IndikatorKinerja.class, IndikatorKinerja::getKode, this::indikator),
                semua(Iku.class, Iku::getKode, i -> new PaketData.Iku(i.getKode(), i.getNama(), i.getDasarHukum(), i.getTahunMulai(),
                        i.getTahunSelesai(), i.getUnit().map(UnitOrganisasi::getKode).orElse(null),
                        em.createQuery("select a from AnggotaIku a where a.iku = :i order by a.urutan", AnggotaIku.class)
                                .setParameter("i", i).getResultStream().map(a -> a.getIndikator().getKode()).toList())),
                semua(Target.class, t -> t.getIndikator().getKode() + "|" + t.getTahun() + "|" + t.getSumber(),
                        t -> new PaketData.Target(t.getIndikator().getKode(), t.getTahun(), t.getSumber().name(),
                                angka(t.getNilai().orElse(null)), angka(t.getNilaiAtas().orElse(null)), t.getLabel(), t.getSatuan())),
                semua(PosAnggaran.class, PosAnggaran::getKode, this::anggaran),
                kinerja.perjanjian(), kinerja.rencanaAksi(), kinerja.realisasi(),
                semua(EvaluasiSakip.class, e -> e.getTahun() + "|" + e.getEvaluator(), kinerja::evaluasi),
                semua(KeputusanRewardPunishment.class, x -> x.getTahun() + "|" + x.getJenis() + "|"
                        + x.getUnit().map(UnitOrganisasi::getKode).orElse("") + "|" + x.getUraian(),
                        x -> new PaketData.Keputusan(x.getTahun(), x.getJenis().name(), x.getUnit().map(UnitOrganisasi::getKode).orElse(null),
                                x.getUraian(), x.getDasar())),
                semua(Narasi.class, n -> String.format("%06d", n.getTahun()) + "|" + n.getBagian(),
                        n -> new PaketData.Narasi(n.getTahun(), n.getBagian(), n.getJudul(), n.getIsi())));
    }

    private PaketData.Pengaturan pengaturan() {
        Optional<PengaturanPemda> ada = em.createQuery("select p from PengaturanPemda p", PengaturanPemda.class)
                .getResultStream().findFirst();
        return ada.map(p -> new PaketData.Pengaturan(p.getPlugin(), p.getSumberTarget().name(), p.pembulatan().skala(),
                p.pembulatan().mode().name(), angka(p.batasCapaian().maksimum().orElse(null)), p.kebijakanAgregasi().kosong().name(),
                p.kebijakanAgregasi().bulatkanDulu(), p.skalaPredikat().map(s -> new PaketData.Skala(s.nama(), s.pita().stream()
                        .map(b -> new PaketData.Pita(b.label(), b.bawah().map(x -> angka(x.nilai())).orElse(null),
                                b.bawah().map(BatasPita::inklusif).orElse(null), b.atas().map(x -> angka(x.nilai())).orElse(null),
                                b.atas().map(BatasPita::inklusif).orElse(null))).toList())).orElse(null),
                p.getNamaLaporan().orElse(null), p.getKepalaDaerah().orElse(null),
                p.getKerangkaLaporan().map(k -> Paket.bacaBagian(k, PaketData.Kerangka.class)).orElse(null),
                p.getLogo().orElse(null))).orElse(null);
    }

    private List<PaketData.Misi> misi(Rpjmd r) {
        return em.createQuery("select m from Misi m where m.rpjmd = :r order by m.nomor", Misi.class).setParameter("r", r)
                .getResultStream().map(m -> new PaketData.Misi(m.getNomor(), m.getTeks())).toList();
    }

    private PaketData.Indikator indikator(IndikatorKinerja i) {
        var anggota = em.createQuery("select a from AnggotaKomposit a where a.komposit = :i", AnggotaKomposit.class)
                .setParameter("i", i).getResultStream()
                .map(a -> new PaketData.Anggota(a.getIndikator().map(IndikatorKinerja::getKode).orElse(null),
                        a.getUnit().map(UnitOrganisasi::getKode).orElse(null), angka(a.getBobot().orElse(null))))
                .sorted(Comparator.comparing(a -> String.valueOf(a.indikator()) + "|" + a.unit())).toList();
        var ka = i.getKondisiAwal().map(k -> new PaketData.KondisiAwal(k.tahun(), angka(k.nilai()), k.label())).orElse(null);
        return new PaketData.Indikator(i.getKode(), i.getNama(), i.getSatuan(), i.getFormula(), i.getPolaritas().name(),
                i.getJenis().name(), i.getDesimal(), i.getTujuan().map(Tujuan::getKode).orElse(null),
                i.getSasaran().map(Sasaran::getKode).orElse(null), i.getUnitPenanggungJawab().map(UnitOrganisasi::getKode).orElse(null),
                ka, i.getSumberData(), anggota);
    }

    private PaketData.PosAnggaran anggaran(PosAnggaran a) {
        List<KaitanAnggaran> kaitan = em.createQuery("select k from KaitanAnggaran k where k.posAnggaran = :a", KaitanAnggaran.class)
                .setParameter("a", a).getResultList();
        return new PaketData.PosAnggaran(a.getKode(), a.getKodePermendagri().orElse(null), a.getTahun(), a.getTingkat().name(),
                a.getNama(), a.getInduk().map(PosAnggaran::getKode).orElse(null), a.getUnit().map(UnitOrganisasi::getKode).orElse(null),
                a.getIndikatorKeluaran(), angka(a.getPaguMurni()), angka(a.getPaguPerubahan().orElse(null)), angka(a.getRealisasi().orElse(null)),
                angka(a.getProgresFisik().orElse(null)),
                kaitan.stream().flatMap(k -> k.getSasaran().stream()).map(Sasaran::getKode).distinct().sorted().toList(),
                kaitan.stream().flatMap(k -> k.getIndikator().stream()).map(IndikatorKinerja::getKode).distinct().sorted().toList());
    }

    /** A unit as its package record. */
    public static PaketData.Unit unit(UnitOrganisasi u) {
        return new PaketData.Unit(u.getKode(), u.getNama(), u.getJenis().name(), u.getInduk().map(UnitOrganisasi::getKode).orElse(null),
                u.getBerlakuMulai().toString(), u.getBerlakuSampai().map(Object::toString).orElse(null), u.getAlias(),
                u.getDasarHukum());
    }

    /**
     * An agreement as its package record (with its rows and programs), e.g. for the PK cascade check, which runs the
     * package checks over the stored agreements.
     */
    public static PaketData.PerjanjianKinerja perjanjian(PerjanjianKinerja p) {
        return EksporKinerja.perjanjian(p);
    }

    /** Every entity of a kind, sorted by a canonical key, mapped to its package record. */
    <E, R> List<R> semua(Class<E> jenis, Function<E, String> kunci, Function<E, R> peta) {
        return semuaYang(jenis, e -> true, kunci, peta);
    }

    /**
     * The entities of a kind that belong in the package. A Renstra draft does not: it is work in progress whose tree
     * counts for nothing until it is adopted (its working copy is not in the package format), so neither the
     * measurement nor an export sees it.
     */
    <E, R> List<R> semuaYang(Class<E> jenis, java.util.function.Predicate<E> masuk, Function<E, String> kunci,
            Function<E, R> peta) {
        return em.createQuery("select e from " + jenis.getSimpleName() + " e", jenis).getResultStream().filter(masuk)
                .sorted(Comparator.comparing(kunci)).map(peta).toList();
    }

    /** Canonical decimal: no trailing zeros (numeric(20,6) gives back 3.088500 for 3.0885). */
    static BigDecimal angka(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }
}
