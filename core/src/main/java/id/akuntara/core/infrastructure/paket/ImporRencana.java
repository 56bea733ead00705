package id.akuntara.core.infrastructure.paket;

import id.akuntara.core.calc.Polaritas;
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
import id.akuntara.core.paket.PaketData;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static id.akuntara.core.paket.Paket.daftar;

/** Plans of a package: RPJMD and misi, Renstra versions, tujuan, sasaran, strategi, indicators, IKU, targets. */
final class ImporRencana {

    private final EntityManager em;
    private final ImporPaket.Konteks k;

    ImporRencana(EntityManager em, ImporPaket.Konteks k) {
        this.em = em;
        this.k = k;
    }

    void impor(PaketData p) {
        Map<String, Rpjmd> rpjmd = new HashMap<>();
        Map<String, Map<Integer, Misi>> misi = new HashMap<>();
        for (var r : daftar(p.rpjmd())) {
            k.jalur = "$.rpjmd[" + daftar(p.rpjmd()).indexOf(r) + "]";
            Rpjmd e = simpan(new Rpjmd(r.kode(), r.nama(), r.tahunMulai(), r.tahunSelesai(), r.visi(), r.dasarHukum()));
            rpjmd.put(r.kode(), e);
            Map<Integer, Misi> m = new HashMap<>();
            daftar(r.misi()).forEach(x -> m.put(x.nomor(), simpan(new Misi(e, x.nomor(), x.teks()))));
            misi.put(r.kode(), m);
        }
        Map<String, Renstra> renstra = new Penyusun<PaketData.Renstra, Renstra>(daftar(p.renstra()), PaketData.Renstra::kode,
                r -> Stream.of(r.menggantikan()).toList(), (r, ada) -> {
                    k.jalur = "$.renstra[" + daftar(p.renstra()).indexOf(r) + "]";
                    return simpan(new Renstra(r.kode(), r.nama(), r.rpjmd() == null ? null : rpjmd.get(r.rpjmd()),
                            k.unitAtauNull(r.unit()), r.tahunMulai(), r.tahunSelesai(),
                            r.menggantikan() == null ? null : ada.get(r.menggantikan()),
                            r.ditetapkan() == null ? null : LocalDate.parse(r.ditetapkan()), r.dasarHukum()));
                }).semua();
        Map<String, Tujuan> tujuan = new HashMap<>();
        for (var t : daftar(p.tujuan())) {
            k.jalur = "$.tujuan[" + daftar(p.tujuan()).indexOf(t) + "]";
            // a Renstra goal serves a misi of the RPJMD its Renstra belongs to
            String kodeRpjmd = t.rpjmd() != null ? t.rpjmd()
                    : renstra.get(t.renstra()).getRpjmd().map(Rpjmd::getKode).orElse(null);
            Misi m = t.misi() == null || kodeRpjmd == null ? null : misi.get(kodeRpjmd).get(t.misi());
            tujuan.put(t.kode(), simpan(new Tujuan(t.kode(), t.teks(), t.rpjmd() == null ? null : rpjmd.get(t.rpjmd()),
                    t.renstra() == null ? null : renstra.get(t.renstra()), m)));
        }
        for (var s : daftar(p.sasaran())) {
            k.jalur = "$.sasaran[" + daftar(p.sasaran()).indexOf(s) + "]";
            k.sasaran.put(s.kode(), simpan(new Sasaran(s.kode(), s.teks(), tujuan.get(s.tujuan()))));
        }
        for (var s : daftar(p.strategi())) {
            k.jalur = "$.strategi[" + daftar(p.strategi()).indexOf(s) + "]";
            simpan(new StrategiKebijakan(renstra.get(s.renstra()), s.sasaran() == null ? null : k.sasaran.get(s.sasaran()),
                    JenisStrategi.valueOf(s.jenis()), s.urutan() == null ? 0 : s.urutan(), s.teks()));
        }
        indikator(p, tujuan);
        for (var i : daftar(p.iku())) {
            k.jalur = "$.iku[" + daftar(p.iku()).indexOf(i) + "]";
            Iku e = simpan(new Iku(i.kode(), i.nama(), i.dasarHukum(), i.tahunMulai(), i.tahunSelesai(), k.unitAtauNull(i.unit())));
            List<String> anggota = daftar(i.indikator());
            for (int n = 0; n < anggota.size(); n++) {
                simpan(new AnggotaIku(e, k.indikator.get(anggota.get(n)), n + 1));
            }
        }
        for (var t : daftar(p.target())) {
            k.jalur = "$.target[" + daftar(p.target()).indexOf(t) + "]";
            simpan(new Target(k.indikator.get(t.indikator()), t.tahun(), SumberTarget.valueOf(t.sumber()), t.nilai(),
                    t.nilaiAtas(), t.label(), t.satuan()));
        }
    }

    private void indikator(PaketData p, Map<String, Tujuan> tujuan) {
        for (var i : daftar(p.indikator())) {
            k.jalur = "$.indikator[" + daftar(p.indikator()).indexOf(i) + "]";
            var ka = i.kondisiAwal() == null ? null
                    : new IndikatorKinerja.KondisiAwal(i.kondisiAwal().tahun(), i.kondisiAwal().nilai(), i.kondisiAwal().label());
            k.indikator.put(i.kode(), simpan(new IndikatorKinerja(i.kode(), i.nama(), i.satuan(), i.formula(),
                    Polaritas.valueOf(i.polaritas()), JenisIndikator.valueOf(i.jenis()), i.desimal() == null ? 2 : i.desimal(),
                    i.tujuan() == null ? null : tujuan.get(i.tujuan()), i.sasaran() == null ? null : k.sasaran.get(i.sasaran()),
                    k.unitAtauNull(i.unitPenanggungJawab()), ka, i.sumberData())));
        }
        for (var i : daftar(p.indikator())) {
            k.jalur = "$.indikator[" + daftar(p.indikator()).indexOf(i) + "].anggota";
            for (var a : daftar(i.anggota())) {
                simpan(new AnggotaKomposit(k.indikator.get(i.kode()), a.indikator() == null ? null : k.indikator.get(a.indikator()),
                        k.unitAtauNull(a.unit()), a.bobot()));
            }
        }
    }

    private <T> T simpan(T e) {
        em.persist(e);
        return e;
    }
}
