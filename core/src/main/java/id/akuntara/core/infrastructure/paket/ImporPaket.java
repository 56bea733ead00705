package id.akuntara.core.infrastructure.paket;

import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.calc.KebijakanAgregasi;
import id.akuntara.core.calc.ModePembulatan;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.PitaPredikat;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.kepegawaian.DimensiStatistik;
import id.akuntara.core.domain.kepegawaian.JenisKelamin;
import id.akuntara.core.domain.kepegawaian.JenisPenugasan;
import id.akuntara.core.domain.kepegawaian.Pegawai;
import id.akuntara.core.domain.kepegawaian.Penugasan;
import id.akuntara.core.domain.kepegawaian.StatistikPegawai;
import id.akuntara.core.domain.organisasi.Jabatan;
import id.akuntara.core.domain.organisasi.JenisJabatan;
import id.akuntara.core.domain.organisasi.JenisPerubahanUnit;
import id.akuntara.core.domain.organisasi.JenisUnit;
import id.akuntara.core.domain.organisasi.PerubahanUnit;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.domain.pemda.PitaPredikatPemda;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.paket.GalatPaket;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.paket.PaketTidakSahException;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * Writes a checked package into the current pemda, inside the caller's transaction: one transaction for the whole
 * package. A domain rule refusing a record (should the check have missed it) becomes a {@link GalatPaket} and a
 * {@link PaketTidakSahException}, so the caller rolls everything back. Import is into a pemda that has no data
 * yet; the pemda of the package must be the current one. The pemda's settings ({@code pengaturan_pemda} and its
 * bands) are not data: a pemda registered by onboarding (issue 13 point 4) already has its plugin's defaults there,
 * and the package's {@code pengaturan}, when it has one, replaces them in that same row.
 */
public final class ImporPaket {

    private final EntityManager em;
    final Konteks k = new Konteks();

    public ImporPaket(EntityManager em) {
        this.em = em;
    }

    public void impor(PaketData p, String kodePemdaSaatIni) {
        if (!kodePemdaSaatIni.equals(p.pemda())) {
            throw new PaketTidakSahException(List.of(new GalatPaket("$.pemda", "paket milik pemda '" + p.pemda()
                    + "', bukan pemda Anda ('" + kodePemdaSaatIni + "')")));
        }
        if (!kosong()) {
            throw new PaketTidakSahException(List.of(new GalatPaket("$", "pemda '" + kodePemdaSaatIni
                    + "' sudah memiliki data; paket hanya dapat diimpor ke pemda yang masih kosong")));
        }
        String jalur = "$";
        try {
            jalur = "$.pengaturan";
            pengaturan(p.pengaturan());
            jalur = "$.unit";
            organisasi(p);
            new ImporRencana(em, k).impor(p);
            new ImporKinerja(em, k).impor(p);
            em.flush();
        } catch (AturanDilanggarException | IllegalArgumentException e) {
            throw new PaketTidakSahException(List.of(new GalatPaket(k.jalur != null ? k.jalur : jalur, e.getMessage())));
        }
    }

    /** True when the current pemda has no data yet (its settings do not count): the precondition of an import. */
    public boolean pemdaMasihKosong() {
        return kosong();
    }

    private boolean kosong() {
        return em.getMetamodel().getEntities().stream()
                .filter(t -> EntitasTenant.class.isAssignableFrom(t.getJavaType()))
                .filter(t -> t.getJavaType() != PengaturanPemda.class && t.getJavaType() != PitaPredikatPemda.class)
                .allMatch(t -> em.createQuery("select count(e) from " + t.getName() + " e", Long.class).getSingleResult() == 0);
    }

    private void pengaturan(PaketData.Pengaturan s) {
        if (s == null) {
            return;
        }
        Optional<PengaturanPemda> ada = em.createQuery("select p from PengaturanPemda p", PengaturanPemda.class)
                .getResultStream().findFirst();
        PengaturanPemda p = ada.orElseGet(() -> new PengaturanPemda(s.plugin()));
        ada.ifPresent(x -> x.ubahPlugin(s.plugin()));
        Pembulatan standar = Pembulatan.STANDAR;
        p.ubahKebijakan(s.sumberTarget() == null ? SumberTarget.RENSTRA : SumberTarget.valueOf(s.sumberTarget()),
                new Pembulatan(s.desimalTampil() == null ? standar.skala() : s.desimalTampil(),
                        s.modePembulatan() == null ? standar.mode() : ModePembulatan.valueOf(s.modePembulatan())),
                s.batasCapaian() == null ? BatasCapaian.TANPA : BatasCapaian.maksimum(s.batasCapaian()),
                new KebijakanAgregasi(s.bulatkanDulu() == null || s.bulatkanDulu(),
                        s.penangananKosong() == null ? PenangananKosong.DIKECUALIKAN : PenangananKosong.valueOf(s.penangananKosong()),
                        standar));
        if (s.skala() != null) {
            if (ada.isPresent()) {
                p.gantiSkala(null);
                em.flush(); // the old bands go before the new ones take their places (unique per position)
            }
            p.gantiSkala(new SkalaPredikat(s.skala().nama(), daftar(s.skala().pita()).stream().map(x -> new PitaPredikat(x.label(),
                    Optional.ofNullable(x.bawah()).map(b -> new BatasPita(b, Boolean.TRUE.equals(x.bawahInklusif()))),
                    Optional.ofNullable(x.atas()).map(a -> new BatasPita(a, Boolean.TRUE.equals(x.atasInklusif())))))
                    .toList()));
        }
        p.ubahLaporan(s.namaLaporan(), s.kepalaDaerah(),
                s.kerangkaLaporan() == null ? null : Paket.tulisBagian(s.kerangkaLaporan()));
        p.ubahLogo(s.logo());
        if (ada.isEmpty()) {
            em.persist(p);
        }
    }

    private void organisasi(PaketData p) {
        k.unit = new Penyusun<PaketData.Unit, UnitOrganisasi>(daftar(p.unit()), PaketData.Unit::kode, u -> Stream.of(u.induk()).toList(),
                (u, ada) -> {
                    k.jalur = "$.unit[" + daftar(p.unit()).indexOf(u) + "]";
                    UnitOrganisasi e = new UnitOrganisasi(u.kode(), u.nama(), JenisUnit.valueOf(u.jenis()),
                            u.induk() == null ? null : ada.get(u.induk()), LocalDate.parse(u.berlakuMulai()), daftar(u.alias()),
                            u.dasarHukum());
                    if (u.berlakuSampai() != null) {
                        e.akhiri(LocalDate.parse(u.berlakuSampai()));
                    }
                    em.persist(e);
                    return e;
                }).semua();
        for (var c : daftar(p.perubahanUnit())) {
            k.jalur = "$.perubahanUnit[" + daftar(p.perubahanUnit()).indexOf(c) + "]";
            em.persist(new PerubahanUnit(k.unit.get(c.asal()), c.hasil() == null ? null : k.unit.get(c.hasil()),
                    JenisPerubahanUnit.valueOf(c.jenis()), LocalDate.parse(c.tanggal()), c.dasarHukum()));
        }
        for (var j : daftar(p.jabatan())) {
            k.jalur = "$.jabatan[" + daftar(p.jabatan()).indexOf(j) + "]";
            k.jabatan.put(j.kode(), simpan(new Jabatan(j.kode(), j.nama(), JenisJabatan.valueOf(j.jenis()), k.unitAtauNull(j.unit()),
                    j.eselon())));
        }
        for (var o : daftar(p.pegawai())) {
            k.jalur = "$.pegawai[" + daftar(p.pegawai()).indexOf(o) + "]";
            k.pegawai.put(o.kode(), simpan(new Pegawai(o.kode(), o.nama(), o.nip(), o.pangkat(), o.golongan(),
                    o.jenisKelamin() == null ? null : JenisKelamin.valueOf(o.jenisKelamin()))));
        }
        for (var t : daftar(p.penugasan())) {
            k.jalur = "$.penugasan[" + daftar(p.penugasan()).indexOf(t) + "]";
            k.penugasan.put(t.kode(), simpan(new Penugasan(t.kode(), k.pegawai.get(t.pegawai()), k.jabatan.get(t.jabatan()),
                    JenisPenugasan.valueOf(t.jenis()), LocalDate.parse(t.mulai()), t.selesai() == null ? null : LocalDate.parse(t.selesai()),
                    t.dasar())));
        }
        for (var s : daftar(p.statistikPegawai())) {
            k.jalur = "$.statistikPegawai[" + daftar(p.statistikPegawai()).indexOf(s) + "]";
            em.persist(new StatistikPegawai(k.unitAtauNull(s.unit()), s.kelompok(), LocalDate.parse(s.perTanggal()),
                    DimensiStatistik.valueOf(s.dimensi()), s.kategori(), s.jumlah()));
        }
    }

    private <T> T simpan(T e) {
        em.persist(e);
        return e;
    }

    /** Created entities by code, shared by the section importers, and the path being written (for errors). */
    static final class Konteks {
        String jalur;
        Map<String, UnitOrganisasi> unit = Map.of();
        final Map<String, Jabatan> jabatan = new java.util.HashMap<>();
        final Map<String, Pegawai> pegawai = new java.util.HashMap<>();
        final Map<String, Penugasan> penugasan = new java.util.HashMap<>();
        final Map<String, id.akuntara.core.domain.rencana.Sasaran> sasaran = new java.util.HashMap<>();
        final Map<String, id.akuntara.core.domain.rencana.IndikatorKinerja> indikator = new java.util.HashMap<>();

        UnitOrganisasi unitAtauNull(String kode) {
            return kode == null ? null : unit.get(kode);
        }
    }
}
