package id.akuntara.core.kualitas;

import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KandidatTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * Conflicting targets for one indicator-year between sources (target records of RPJMD, Renstra, IKU, PK, PK
 * Perubahan and the rows of the cascade-root PKs). A PK Perubahan replaces the PK, so PK figures are left out
 * when a PK Perubahan target exists; rows of child PKs are {@link PkAnakIndikator}'s.
 */
final class TargetBertentangan implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "target-bertentangan";
    }

    @Override
    public String uraian() {
        return "Target satu indikator pada satu tahun berbeda antarsumber (RPJMD, Renstra, IKU, PK, PK Perubahan).";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.PERINGATAN;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        for (PaketData.Indikator ind : daftar(p.indikator())) {
            TreeSet<Integer> tahun = new TreeSet<>();
            daftar(p.target()).stream().filter(t -> ind.kode().equals(t.indikator()) && t.tahun() != null)
                    .forEach(t -> tahun.add(t.tahun()));
            daftar(p.perjanjianKinerja()).stream().filter(pk -> pk.tahun() != null)
                    .filter(pk -> daftar(pk.baris()).stream().anyMatch(b -> ind.kode().equals(b.indikator())))
                    .forEach(pk -> tahun.add(pk.tahun()));
            for (int t : tahun) {
                List<KandidatTarget> semua = KandidatTarget.untuk(p, ind.kode(), t).stream()
                        .filter(x -> x.nilai() != null)
                        .filter(x -> !x.jalur().startsWith("$.perjanjianKinerja") || (x.pkAkar() && !x.digantikan()))
                        .toList();
                boolean adaPerubahan = semua.stream().anyMatch(x -> x.sumber() == SumberTarget.PK_PERUBAHAN);
                List<KandidatTarget> k = adaPerubahan
                        ? semua.stream().filter(x -> x.sumber() != SumberTarget.PK).toList() : semua;
                if (k.stream().anyMatch(x -> !x.samaNilai(k.get(0)))) {
                    List<String> uraian = k.stream().map(x -> x.asal() + " " + x.tampil()).toList();
                    hasil.add(temuan("Target indikator " + ind.kode() + " (" + ind.nama() + ") tahun " + t
                            + " berbeda antarsumber: " + String.join("; ", uraian) + ".",
                            k.stream().map(KandidatTarget::jalur).toList()));
                }
            }
        }
        return hasil;
    }
}
