package id.akuntara.core.application.rencana;

import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.organisasi.UnitOrganisasiRepository;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.JenisIndikator;
import id.akuntara.core.domain.rencana.Renstra;
import id.akuntara.core.domain.rencana.RenstraRepository;
import id.akuntara.core.domain.rencana.Sasaran;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.domain.rencana.Target;
import id.akuntara.core.domain.rencana.Tujuan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an adopted draft's tree into the plan's records. A code that already names a record (a copy of the
 * replaced version) updates that record, which moves to the new version: the indicator keeps its realisasi, its PK
 * rows and its IKU membership. A new code creates a record. The Renstra's own targets (RENSTRA, IKU) are set per
 * indicator, year and source; the other sources' targets are not the Renstra's and stay as they are.
 */
final class PenetapanNaskah {

    private final RenstraRepository repo;
    private final UnitOrganisasiRepository unit;

    PenetapanNaskah(RenstraRepository repo, UnitOrganisasiRepository unit) {
        this.repo = repo;
        this.unit = unit;
    }

    void terapkan(Renstra r, Naskah n) {
        Map<String, Tujuan> tujuan = new HashMap<>();
        Map<String, Sasaran> sasaran = new HashMap<>();
        for (Naskah.NTujuan nt : n.tujuan) {
            Tujuan t = repo.cariTujuan(nt.kode).orElse(null);
            if (t == null) {
                t = new Tujuan(nt.kode, nt.teks, null, r, null);
                repo.simpan(t);
            } else {
                t.ubah(nt.teks, r);
            }
            tujuan.put(nt.kode, t);
            for (Naskah.NSasaran ns : nt.sasaran) {
                Sasaran s = repo.cariSasaran(ns.kode).orElse(null);
                if (s == null) {
                    s = new Sasaran(ns.kode, ns.teks, t);
                    repo.simpan(s);
                } else {
                    s.ubah(ns.teks, t);
                }
                sasaran.put(ns.kode, s);
            }
        }
        for (Naskah.NTujuan nt : n.tujuan) {
            for (Naskah.NIndikator ni : nt.indikator) {
                indikator(ni, tujuan.get(nt.kode), null);
            }
            for (Naskah.NSasaran ns : nt.sasaran) {
                for (Naskah.NIndikator ni : ns.indikator) {
                    indikator(ni, null, sasaran.get(ns.kode));
                }
            }
        }
    }

    private void indikator(Naskah.NIndikator ni, Tujuan t, Sasaran s) {
        UnitOrganisasi u = ni.unitPenanggungJawab == null ? null : unit.cariKode(ni.unitPenanggungJawab).orElse(null);
        IndikatorKinerja.KondisiAwal ka = ni.kondisiAwal == null ? null
                : new IndikatorKinerja.KondisiAwal(ni.kondisiAwal.tahun, ni.kondisiAwal.nilai, ni.kondisiAwal.label);
        Polaritas p = Polaritas.valueOf(ni.polaritas);
        JenisIndikator j = JenisIndikator.valueOf(ni.jenis);
        Optional<IndikatorKinerja> ada = repo.cariIndikator(ni.kode);
        IndikatorKinerja i;
        if (ada.isPresent()) {
            i = ada.get();
            i.ubah(ni.nama, ni.satuan, ni.formula, p, j, ni.desimal, t, s, u, ka, ni.sumberData);
        } else {
            i = new IndikatorKinerja(ni.kode, ni.nama, ni.satuan, ni.formula, p, j, ni.desimal, t, s, u, ka, ni.sumberData);
            repo.simpan(i);
        }
        Map<String, Target> tersimpan = new HashMap<>();
        for (Target x : repo.target(List.of(i))) {
            tersimpan.put(x.getTahun() + "|" + x.getSumber(), x);
        }
        for (Naskah.NTarget nt : ni.target) {
            Target x = tersimpan.get(nt.tahun + "|" + nt.sumber);
            if (x == null) {
                repo.simpan(new Target(i, nt.tahun, SumberTarget.valueOf(nt.sumber), nt.nilai, nt.nilaiAtas, nt.label, nt.satuan));
            } else {
                x.ubah(nt.nilai, nt.nilaiAtas, nt.label, nt.satuan);
            }
        }
    }
}
