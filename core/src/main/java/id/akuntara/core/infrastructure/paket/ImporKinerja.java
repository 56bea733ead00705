package id.akuntara.core.infrastructure.paket;

import id.akuntara.core.domain.anggaran.KaitanAnggaran;
import id.akuntara.core.domain.anggaran.PosAnggaran;
import id.akuntara.core.domain.anggaran.TingkatAnggaran;
import id.akuntara.core.domain.bersama.PresisiTanggal;
import id.akuntara.core.domain.evaluasi.EvaluasiSakip;
import id.akuntara.core.domain.evaluasi.JenisKeputusan;
import id.akuntara.core.domain.evaluasi.KeputusanRewardPunishment;
import id.akuntara.core.domain.evaluasi.StatusTindakLanjut;
import id.akuntara.core.domain.narasi.Narasi;
import id.akuntara.core.domain.pengukuran.BuktiDukung;
import id.akuntara.core.domain.pengukuran.PenjelasanRealisasi;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.pengukuran.RencanaAksi;
import id.akuntara.core.domain.perjanjian.BarisPerjanjian;
import id.akuntara.core.domain.perjanjian.PerjanjianKinerja;
import id.akuntara.core.domain.perjanjian.ProgramPerjanjian;
import id.akuntara.core.paket.PaketData;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import static id.akuntara.core.paket.Paket.daftar;

/** Budget, agreements (cascade and versions), action plans, realisations with workflow, evaluations, narratives. */
final class ImporKinerja {

    private final EntityManager em;
    private final ImporPaket.Konteks k;

    ImporKinerja(EntityManager em, ImporPaket.Konteks k) {
        this.em = em;
        this.k = k;
    }

    void impor(PaketData p) {
        Map<String, PosAnggaran> pos = new Penyusun<PaketData.PosAnggaran, PosAnggaran>(daftar(p.anggaran()),
                PaketData.PosAnggaran::kode, a -> Stream.of(a.induk()).toList(), (a, ada) -> {
                    k.jalur = "$.anggaran[" + daftar(p.anggaran()).indexOf(a) + "]";
                    PosAnggaran e = new PosAnggaran(a.kode(), a.kodePermendagri(), a.tahun(), TingkatAnggaran.valueOf(a.tingkat()),
                            a.nama(), a.induk() == null ? null : ada.get(a.induk()), k.unitAtauNull(a.unit()), a.indikatorKeluaran(),
                            a.paguMurni());
                    if (a.paguPerubahan() != null) {
                        e.tetapkanPaguPerubahan(a.paguPerubahan());
                    }
                    if (a.realisasi() != null) {
                        e.catatRealisasi(a.realisasi(), a.progresFisik());
                    } else if (a.progresFisik() != null) {
                        e.catatProgresFisik(a.progresFisik());
                    }
                    em.persist(e);
                    daftar(a.sasaran()).forEach(s -> em.persist(new KaitanAnggaran(e, k.sasaran.get(s), null)));
                    daftar(a.indikator()).forEach(i -> em.persist(new KaitanAnggaran(e, null, k.indikator.get(i))));
                    return e;
                }).semua();
        new Penyusun<PaketData.PerjanjianKinerja, PerjanjianKinerja>(daftar(p.perjanjianKinerja()), PaketData.PerjanjianKinerja::kode,
                a -> Stream.of(a.induk(), a.menggantikan()).toList(), (a, ada) -> {
                    k.jalur = "$.perjanjianKinerja[" + daftar(p.perjanjianKinerja()).indexOf(a) + "]";
                    return perjanjian(a, ada, pos);
                }).semua();
        for (var r : daftar(p.rencanaAksi())) {
            k.jalur = "$.rencanaAksi[" + daftar(p.rencanaAksi()).indexOf(r) + "]";
            em.persist(new RencanaAksi(k.indikator.get(r.indikator()), r.tahun(), r.triwulan(), r.targetNilai(), r.targetLabel(),
                    r.uraian()));
        }
        for (var r : daftar(p.realisasi())) {
            k.jalur = "$.realisasi[" + daftar(p.realisasi()).indexOf(r) + "]";
            realisasi(r);
        }
        evaluasi(p);
    }

    private PerjanjianKinerja perjanjian(PaketData.PerjanjianKinerja a, Map<String, PerjanjianKinerja> ada,
            Map<String, PosAnggaran> pos) {
        PerjanjianKinerja induk = a.induk() == null ? null : ada.get(a.induk());
        var p1 = k.penugasan.get(a.pihakPertama());
        var p2 = a.pihakKedua() == null ? null : k.penugasan.get(a.pihakKedua());
        PerjanjianKinerja e = a.menggantikan() == null
                ? new PerjanjianKinerja(a.kode(), a.tahun(), k.unitAtauNull(a.unit()), p1, p2, induk)
                : ada.get(a.menggantikan()).buatPerubahanKosong(a.kode(), a.alasanPerubahan(), p1, p2, induk);
        e.tetapkanPenandatanganan(a.tempat(), a.tanggal() == null ? null : LocalDate.parse(a.tanggal()),
                a.presisiTanggal() == null ? PresisiTanggal.HARI : PresisiTanggal.valueOf(a.presisiTanggal()));
        if (a.totalTertulis() != null || a.totalTerbilang() != null) {
            e.tetapkanTotalTertulis(a.totalTertulis(), a.totalTerbilang());
        }
        for (var b : daftar(a.baris())) {
            e.tambahBaris(new BarisPerjanjian.Isi(b.sasaranTeks(), b.sasaran() == null ? null : k.sasaran.get(b.sasaran()),
                    b.indikatorTeks(), b.indikator() == null ? null : k.indikator.get(b.indikator()), b.satuan(), b.targetNilai(),
                    b.targetLabel()));
        }
        for (var g : daftar(a.program())) {
            e.tambahProgram(new ProgramPerjanjian.Isi(g.namaProgram(), g.posAnggaran() == null ? null : pos.get(g.posAnggaran()),
                    g.jumlah(), g.sumberDana()));
        }
        if ("DITANDATANGANI".equals(a.status())) {
            e.tandatangani(Instant.parse(a.ditandatanganiPada()));
        }
        em.persist(e);
        return e;
    }

    private void realisasi(PaketData.Realisasi r) {
        RealisasiIndikator e = new RealisasiIndikator(k.indikator.get(r.indikator()), r.tahun(), Periode.valueOf(r.periode()));
        switch (r.statusNilai()) {
            case "ADA" -> e.isiNilai(r.nilai(), r.label(), r.catatan());
            case "BELUM_RILIS" -> e.tandaiBelumRilis(r.catatan());
            case "DIBAWA_DARI" -> e.bawaDari(r.tahunAsal(), r.nilai(), r.catatan());
            default -> e.tandaiTidakAda(r.catatan());
        }
        var j = r.penjelasan();
        if (j != null) {
            e.jelaskan(new PenjelasanRealisasi(j.faktorPendukung(), j.faktorPenghambat(), j.solusi(), j.upaya()));
        }
        em.persist(e);
        for (var b : daftar(r.bukti())) {
            em.persist(new BuktiDukung(e, b.namaBerkas(), b.jenisKonten(), Base64.getDecoder().decode(b.isiBase64()),
                    Instant.parse(b.diunggahPada())));
        }
        switch (r.statusAlur()) {
            case "DIAJUKAN" -> e.ajukan();
            case "DIVERIFIKASI" -> {
                e.ajukan();
                e.verifikasi();
            }
            case "DISAHKAN" -> {
                e.ajukan();
                e.verifikasi();
                e.sahkan();
            }
            case "DIKEMBALIKAN" -> {
                e.ajukan();
                e.kembalikan(r.alasanDikembalikan());
            }
            default -> {
                // DRAFT
            }
        }
    }

    private void evaluasi(PaketData p) {
        for (var v : daftar(p.evaluasi())) {
            k.jalur = "$.evaluasi[" + daftar(p.evaluasi()).indexOf(v) + "]";
            EvaluasiSakip e = new EvaluasiSakip(v.tahun(), v.evaluator(), v.nomorLhe(),
                    v.tanggalLhe() == null ? null : LocalDate.parse(v.tanggalLhe()), v.nilaiTertulis(), v.predikatTertulis());
            daftar(v.komponen()).forEach(c -> e.tambahKomponen(c.nama(), c.bobot(), c.nilai()));
            daftar(v.rekomendasi()).forEach(r -> e.tambahRekomendasi(r.area(), r.teks())
                    .tindakLanjuti(StatusTindakLanjut.valueOf(r.status()), r.tindakLanjut()));
            em.persist(e);
        }
        for (var x : daftar(p.keputusan())) {
            k.jalur = "$.keputusan[" + daftar(p.keputusan()).indexOf(x) + "]";
            em.persist(new KeputusanRewardPunishment(x.tahun(), JenisKeputusan.valueOf(x.jenis()), k.unitAtauNull(x.unit()),
                    x.uraian(), x.dasar()));
        }
        for (var n : daftar(p.narasi())) {
            k.jalur = "$.narasi[" + daftar(p.narasi()).indexOf(n) + "]";
            em.persist(new Narasi(n.tahun(), n.bagian(), n.judul(), n.isi()));
        }
    }
}
