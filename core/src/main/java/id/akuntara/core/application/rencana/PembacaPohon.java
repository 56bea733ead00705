package id.akuntara.core.application.rencana;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.domain.rencana.DokumenRencana;
import id.akuntara.core.domain.rencana.RenstraRepository.TargetPerjanjian;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.domain.rencana.Target;
import id.akuntara.core.pengukuran.KandidatTarget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link PohonRenstra} of a tree: per indicator and year of the period, every source's target and the
 * authoritative one. The targets of the Renstra's own sources come from the tree; those of the other documents
 * (RPJMD, PK and PK Perubahan records, and PK rows) are the stored ones. The authoritative target is chosen by the
 * measurement's own rule ({@link KandidatTarget#berwenang}), with the candidates in the order the measurement sees
 * them: target records by source, then the rows of the PKs heading their cascade, then those of child PKs.
 */
final class PembacaPohon {

    private final DokumenRencana dokumen;
    private final SumberTarget sumberPemda;
    private final boolean draf;
    private final Map<String, List<Target>> targetLain = new HashMap<>();
    private final Map<String, List<TargetPerjanjian>> targetPk = new HashMap<>();
    private final Map<String, List<String>> iku;

    PembacaPohon(DokumenRencana dokumen, SumberTarget sumberPemda, boolean draf, List<Target> tersimpan,
            List<TargetPerjanjian> pk, Map<String, List<String>> iku) {
        this.dokumen = dokumen;
        this.sumberPemda = sumberPemda;
        this.draf = draf;
        for (Target t : tersimpan) {
            if (!Naskah.SUMBER_MILIK.contains(t.getSumber().name())) {
                targetLain.computeIfAbsent(t.getIndikator().getKode(), x -> new ArrayList<>()).add(t);
            }
        }
        pk.forEach(t -> targetPk.computeIfAbsent(t.kodeIndikator(), x -> new ArrayList<>()).add(t));
        this.iku = iku;
    }

    PohonRenstra pohon(RingkasanRenstra ringkasan, Naskah n) {
        List<PohonRenstra.Tujuan> tujuan = new ArrayList<>();
        for (Naskah.NTujuan t : n.tujuan) {
            List<PohonRenstra.Sasaran> sasaran = t.sasaran.stream()
                    .map(s -> new PohonRenstra.Sasaran(s.kode, s.teks, indikator(s.indikator))).toList();
            tujuan.add(new PohonRenstra.Tujuan(t.kode, t.teks, t.misi, indikator(t.indikator), sasaran));
        }
        return new PohonRenstra(ringkasan, sumberPemda.name(), tujuan);
    }

    private List<PohonRenstra.Indikator> indikator(List<Naskah.NIndikator> daftar) {
        return daftar.stream().map(this::indikator).toList();
    }

    private PohonRenstra.Indikator indikator(Naskah.NIndikator i) {
        PohonRenstra.KondisiAwal ka = i.kondisiAwal == null ? null : new PohonRenstra.KondisiAwal(i.kondisiAwal.tahun,
                polos(i.kondisiAwal.nilai), i.kondisiAwal.nilai == null ? null : AngkaFormatter.formatTepat(polos(i.kondisiAwal.nilai)),
                i.kondisiAwal.label);
        List<String> setIku = iku.getOrDefault(i.kode, List.of());
        List<PohonRenstra.TargetTahun> target = new ArrayList<>();
        for (int th = dokumen.getTahunMulai(); th <= dokumen.getTahunSelesai(); th++) {
            target.add(tahun(i, th));
        }
        return new PohonRenstra.Indikator(i.kode, i.nama, i.satuan, i.polaritas, i.jenis, i.desimal, i.formula, i.sumberData,
                i.unitPenanggungJawab, ka, setIku.isEmpty() ? "IKD" : "IKU", setIku,
                i.anggota.stream().map(a -> new PohonRenstra.AnggotaKomposit(a.indikator, a.unit, polos(a.bobot))).toList(),
                target);
    }

    /** A candidate with the unit it is written in and whether this Renstra may change it. */
    private record Calon(KandidatTarget kandidat, String satuan, boolean milik) {
    }

    private PohonRenstra.TargetTahun tahun(Naskah.NIndikator i, int tahun) {
        List<Calon> rekaman = new ArrayList<>();
        i.target.stream().filter(t -> t.tahun == tahun).forEach(t -> rekaman.add(new Calon(new KandidatTarget(
                SumberTarget.valueOf(t.sumber), t.sumber, "", t.nilai, t.nilaiAtas, t.label, false, false), t.satuan, true)));
        targetLain.getOrDefault(i.kode, List.of()).stream().filter(t -> t.getTahun() == tahun)
                .forEach(t -> rekaman.add(new Calon(new KandidatTarget(t.getSumber(), t.getSumber().name(), "",
                        t.getNilai().orElse(null), t.getNilaiAtas().orElse(null), t.getLabel(), false, false), t.getSatuan(), false)));
        rekaman.sort(Comparator.comparing(c -> c.kandidat().sumber().name()));
        List<Calon> calon = new ArrayList<>(rekaman);
        for (boolean akar : new boolean[] {true, false}) {
            targetPk.getOrDefault(i.kode, List.of()).stream().filter(t -> t.tahun() == tahun && t.akar() == akar)
                    .filter(t -> t.nilai() != null || t.label() != null)
                    .forEach(t -> calon.add(new Calon(new KandidatTarget(t.perubahan() ? SumberTarget.PK_PERUBAHAN : SumberTarget.PK,
                            "PK " + t.kodePerjanjian(), "", t.nilai(), null, t.label(), t.akar(), t.digantikan()), t.satuan(), false)));
        }
        List<KandidatTarget> kandidat = calon.stream().map(Calon::kandidat).toList();
        Optional<KandidatTarget> berwenang = KandidatTarget.berwenang(kandidat, sumberPemda);
        List<PohonRenstra.TargetSumber> sumber = new ArrayList<>();
        PohonRenstra.TargetSumber yangBerwenang = null;
        for (Calon c : calon) {
            KandidatTarget k = c.kandidat();
            boolean ini = berwenang.isPresent() && berwenang.get() == k;
            var ts = new PohonRenstra.TargetSumber(k.sumber().name(), k.asal(), polos(k.nilai()), polos(k.nilaiAtas()),
                    k.tampil(), k.label(), c.satuan(), ini, berwenang.isPresent() && k.samaNilai(berwenang.get()),
                    draf && c.milik());
            sumber.add(ts);
            if (ini) {
                yangBerwenang = ts;
            }
        }
        List<KandidatTarget> bernilai = kandidat.stream().filter(k -> k.nilai() != null).toList();
        boolean berbeda = bernilai.stream().anyMatch(k -> !k.samaNilai(bernilai.get(0)));
        return new PohonRenstra.TargetTahun(tahun, yangBerwenang, berbeda, sumber);
    }

    /** Plain value without trailing zeros (numeric(20,6) gives back 90.000000 for 90). */
    static BigDecimal polos(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
