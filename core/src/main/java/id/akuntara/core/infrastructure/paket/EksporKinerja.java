package id.akuntara.core.infrastructure.paket;

import id.akuntara.core.domain.anggaran.PosAnggaran;
import id.akuntara.core.domain.evaluasi.EvaluasiSakip;
import id.akuntara.core.domain.kepegawaian.Penugasan;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.pengukuran.BuktiDukung;
import id.akuntara.core.domain.pengukuran.PenjelasanRealisasi;
import id.akuntara.core.domain.pengukuran.RealisasiIndikator;
import id.akuntara.core.domain.pengukuran.RencanaAksi;
import id.akuntara.core.domain.perjanjian.PerjanjianKinerja;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.Sasaran;
import id.akuntara.core.paket.PaketData;
import jakarta.persistence.EntityManager;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import static id.akuntara.core.infrastructure.paket.EksporPaket.angka;

/** Export of agreements, action plans, realisations (with evidence) and evaluations. */
final class EksporKinerja {

    private final EntityManager em;

    EksporKinerja(EntityManager em) {
        this.em = em;
    }

    List<PaketData.PerjanjianKinerja> perjanjian() {
        return em.createQuery("select p from PerjanjianKinerja p", PerjanjianKinerja.class).getResultStream()
                .sorted(Comparator.comparing(PerjanjianKinerja::getKode)).map(EksporKinerja::perjanjian).toList();
    }

    static PaketData.PerjanjianKinerja perjanjian(PerjanjianKinerja p) {
        return new PaketData.PerjanjianKinerja(p.getKode(), p.getTahun(), p.getMenggantikan().map(PerjanjianKinerja::getKode).orElse(null),
                p.getAlasanPerubahan(), p.getUnit().map(UnitOrganisasi::getKode).orElse(null), p.getPihakPertama().getKode(),
                p.getPihakKedua().map(Penugasan::getKode).orElse(null), p.getInduk().map(PerjanjianKinerja::getKode).orElse(null),
                p.getTempat(), p.getTanggal().map(Object::toString).orElse(null), p.getPresisiTanggal().name(),
                angka(p.getTotalTertulis().orElse(null)), p.getTotalTerbilang(), p.getStatus().name(),
                p.getDitandatanganiPada().map(Object::toString).orElse(null),
                p.getBaris().stream().map(b -> new PaketData.BarisPk(b.getSasaranTeks(), b.getSasaran().map(Sasaran::getKode).orElse(null),
                        b.getIndikatorTeks(), b.getIndikator().map(IndikatorKinerja::getKode).orElse(null), b.getSatuan(),
                        angka(b.getTargetNilai().orElse(null)), b.getTargetLabel())).toList(),
                p.getProgram().stream().map(g -> new PaketData.ProgramPk(g.getNamaProgram(),
                        g.getPosAnggaran().map(PosAnggaran::getKode).orElse(null), angka(g.getJumlah()), g.getSumberDana())).toList());
    }

    List<PaketData.RencanaAksi> rencanaAksi() {
        return em.createQuery("select r from RencanaAksi r", RencanaAksi.class).getResultStream()
                .sorted(Comparator.comparing(r -> r.getIndikator().getKode() + "|" + r.getTahun() + "|" + r.getTriwulan()))
                .map(r -> new PaketData.RencanaAksi(r.getIndikator().getKode(), r.getTahun(), r.getTriwulan(),
                        angka(r.getTargetNilai().orElse(null)), r.getTargetLabel(), r.getUraian())).toList();
    }

    List<PaketData.Realisasi> realisasi() {
        return em.createQuery("select r from RealisasiIndikator r", RealisasiIndikator.class).getResultStream()
                .sorted(Comparator.comparing(r -> r.getIndikator().getKode() + "|" + r.getTahun() + "|" + r.getPeriode()))
                .map(this::realisasi).toList();
    }

    private PaketData.Realisasi realisasi(RealisasiIndikator r) {
        PenjelasanRealisasi j = r.getPenjelasan();
        var penjelasan = PenjelasanRealisasi.KOSONG.equals(j) ? null
                : new PaketData.Penjelasan(j.faktorPendukung(), j.faktorPenghambat(), j.solusi(), j.upaya());
        var bukti = em.createQuery("select b from BuktiDukung b where b.realisasi = :r", BuktiDukung.class).setParameter("r", r)
                .getResultStream().sorted(Comparator.comparing(b -> b.getDiunggahPada() + "|" + b.getNamaBerkas() + "|" + b.getSha256()))
                .map(b -> new PaketData.Bukti(b.getNamaBerkas(), b.getJenisKonten(), b.getDiunggahPada().toString(),
                        Base64.getEncoder().encodeToString(b.getIsi()))).toList();
        return new PaketData.Realisasi(r.getIndikator().getKode(), r.getTahun(), r.getPeriode().name(), r.getStatusNilai().name(),
                angka(r.getNilai().orElse(null)), r.getTahunAsal().orElse(null), r.getLabel(), r.getCatatan(), penjelasan,
                r.getStatusAlur().name(), r.getAlasanDikembalikan(), bukti);
    }

    PaketData.Evaluasi evaluasi(EvaluasiSakip e) {
        return new PaketData.Evaluasi(e.getTahun(), e.getEvaluator(), e.getNomorLhe(), e.getTanggalLhe().map(Object::toString).orElse(null),
                angka(e.getNilaiTertulis().orElse(null)), e.getPredikatTertulis(),
                e.getKomponen().stream().map(c -> new PaketData.Komponen(c.getNama(), angka(c.getBobot()), angka(c.getNilai()))).toList(),
                e.getRekomendasi().stream().map(r -> new PaketData.Rekomendasi(r.getArea(), r.getTeks(), r.getStatusTindakLanjut().name(),
                        r.getTindakLanjut())).toList());
    }
}
