package id.akuntara.core.paket;

import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.domain.rencana.JenisIndikator;
import id.akuntara.core.domain.rencana.JenisStrategi;
import id.akuntara.core.domain.rencana.SumberTarget;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.akuntara.core.paket.Pemeriksa.d;

/** RPJMD, Renstra, goals, objectives, indicators (composites without cycles), IKU, targets within the plan period. */
final class PemeriksaRencana {

    private final Pemeriksa g;
    private final PaketData p;
    private final Set<String> unit;
    private final Map<String, Integer> rpjmd;
    private final Map<String, Integer> renstra;
    private final Map<String, Integer> tujuan;
    private final Map<String, Integer> sasaran;
    private final Map<String, Integer> indikator;

    PemeriksaRencana(Pemeriksa g, PaketData p, Set<String> unit, Map<String, Integer> rpjmd, Map<String, Integer> renstra,
            Map<String, Integer> tujuan, Map<String, Integer> sasaran, Map<String, Integer> indikator) {
        this.g = g;
        this.p = p;
        this.unit = unit;
        this.rpjmd = rpjmd;
        this.renstra = renstra;
        this.tujuan = tujuan;
        this.sasaran = sasaran;
        this.indikator = indikator;
    }

    void periksa() {
        dokumen();
        var tuj = d(p.tujuan());
        for (int i = 0; i < tuj.size(); i++) {
            var t = tuj.get(i);
            String j = "$.tujuan[" + i + "]";
            g.wajib(t.teks(), j + ".teks");
            if ((t.rpjmd() == null) == (t.renstra() == null)) {
                g.galat(j, "tujuan harus milik tepat satu dokumen: isi rpjmd atau renstra");
            }
            g.rujukan(t.rpjmd(), rpjmd.keySet(), j + ".rpjmd", "RPJMD", false);
            g.rujukan(t.renstra(), renstra.keySet(), j + ".renstra", "Renstra", false);
            String kodeRpjmd = t.rpjmd() != null ? t.rpjmd()
                    : renstra.containsKey(t.renstra()) ? p.renstra().get(renstra.get(t.renstra())).rpjmd() : null;
            if (t.misi() != null && (kodeRpjmd == null || !rpjmd.containsKey(kodeRpjmd)
                    || d(p.rpjmd().get(rpjmd.get(kodeRpjmd)).misi()).stream().noneMatch(m -> t.misi().equals(m.nomor())))) {
                g.galat(j + ".misi", "misi nomor " + t.misi() + " tidak ada pada RPJMD "
                        + (kodeRpjmd == null ? "(tujuan/Renstra ini tanpa RPJMD)" : "'" + kodeRpjmd + "'"));
            }
        }
        var sas = d(p.sasaran());
        for (int i = 0; i < sas.size(); i++) {
            g.wajib(sas.get(i).teks(), "$.sasaran[" + i + "].teks");
            g.rujukan(sas.get(i).tujuan(), tujuan.keySet(), "$.sasaran[" + i + "].tujuan", "Tujuan", true);
        }
        var str = d(p.strategi());
        for (int i = 0; i < str.size(); i++) {
            String j = "$.strategi[" + i + "]";
            g.rujukan(str.get(i).renstra(), renstra.keySet(), j + ".renstra", "Renstra", true);
            g.rujukan(str.get(i).sasaran(), sasaran.keySet(), j + ".sasaran", "Sasaran", false);
            g.pilihan(str.get(i).jenis(), JenisStrategi.class, j + ".jenis", true);
            g.wajib(str.get(i).teks(), j + ".teks");
        }
        indikator();
        iku();
        target();
    }

    private void dokumen() {
        var rp = d(p.rpjmd());
        for (int i = 0; i < rp.size(); i++) {
            var r = rp.get(i);
            String j = "$.rpjmd[" + i + "]";
            g.wajib(r.nama(), j + ".nama");
            periode(r.tahunMulai(), r.tahunSelesai(), j);
            Set<List<Object>> nomor = new HashSet<>();
            var misi = d(r.misi());
            for (int m = 0; m < misi.size(); m++) {
                g.wajib(misi.get(m).teks(), j + ".misi[" + m + "].teks");
                if (g.wajib(misi.get(m).nomor(), j + ".misi[" + m + "].nomor")) {
                    g.unik(nomor, List.of(misi.get(m).nomor()), j + ".misi[" + m + "].nomor", "Nomor misi");
                }
            }
        }
        var rs = d(p.renstra());
        Map<String, String> pendahulu = new HashMap<>();
        for (int i = 0; i < rs.size(); i++) {
            var r = rs.get(i);
            String j = "$.renstra[" + i + "]";
            g.wajib(r.nama(), j + ".nama");
            periode(r.tahunMulai(), r.tahunSelesai(), j);
            g.rujukan(r.rpjmd(), rpjmd.keySet(), j + ".rpjmd", "RPJMD", false);
            g.rujukan(r.unit(), unit, j + ".unit", "Unit", false);
            g.rujukan(r.menggantikan(), renstra.keySet(), j + ".menggantikan", "Renstra", false);
            g.tanggal(r.ditetapkan(), j + ".ditetapkan", false);
            if (r.menggantikan() != null && r.kode() != null) {
                pendahulu.put(r.kode(), r.menggantikan());
            }
        }
        g.siklus(pendahulu, renstra, "renstra", "menggantikan", "versi Renstra");
    }

    private void periode(Integer mulai, Integer selesai, String j) {
        if (g.wajib(mulai, j + ".tahunMulai") & g.wajib(selesai, j + ".tahunSelesai") && selesai < mulai) {
            g.galat(j + ".tahunSelesai", "tahun selesai sebelum tahun mulai");
        }
    }

    private void indikator() {
        var ik = d(p.indikator());
        for (int i = 0; i < ik.size(); i++) {
            var x = ik.get(i);
            String j = "$.indikator[" + i + "]";
            g.wajib(x.nama(), j + ".nama");
            g.pilihan(x.polaritas(), Polaritas.class, j + ".polaritas", true);
            g.pilihan(x.jenis(), JenisIndikator.class, j + ".jenis", true);
            if (x.desimal() != null && (x.desimal() < 0 || x.desimal() > 6)) {
                g.galat(j + ".desimal", "jumlah desimal harus 0–6");
            }
            if ((x.tujuan() == null) == (x.sasaran() == null)) {
                g.galat(j, "indikator harus melekat pada tepat satu tujuan atau sasaran");
            }
            g.rujukan(x.tujuan(), tujuan.keySet(), j + ".tujuan", "Tujuan", false);
            g.rujukan(x.sasaran(), sasaran.keySet(), j + ".sasaran", "Sasaran", false);
            g.rujukan(x.unitPenanggungJawab(), unit, j + ".unitPenanggungJawab", "Unit", false);
            var anggota = d(x.anggota());
            if (!anggota.isEmpty() && PemeriksaPaket.sah(x.jenis(), JenisIndikator.class)
                    && !JenisIndikator.valueOf(x.jenis()).komposit()) {
                g.galat(j + ".anggota", "hanya indikator komposit (KOMPOSIT_TERTIMBANG, RATA_RATA_CAPAIAN, PROPORSI_UNIT)"
                        + " yang memiliki anggota");
            }
            for (int a = 0; a < anggota.size(); a++) {
                var m = anggota.get(a);
                String ja = j + ".anggota[" + a + "]";
                if ((m.indikator() == null) == (m.unit() == null)) {
                    g.galat(ja, "anggota harus berupa tepat satu indikator atau unit");
                }
                g.rujukan(m.indikator(), indikator.keySet(), ja + ".indikator", "Indikator", false);
                g.rujukan(m.unit(), unit, ja + ".unit", "Unit", false);
                g.tidakNegatif(m.bobot(), ja + ".bobot", "Bobot");
            }
        }
        siklusKomposit(ik);
    }

    /** A composite cannot (indirectly) contain itself. */
    private void siklusKomposit(List<PaketData.Indikator> ik) {
        Map<String, List<String>> graf = new HashMap<>();
        ik.forEach(x -> graf.put(x.kode(), d(x.anggota()).stream().map(PaketData.Anggota::indikator)
                .filter(java.util.Objects::nonNull).toList()));
        for (int i = 0; i < ik.size(); i++) {
            String awal = ik.get(i).kode();
            if (awal != null && mencapai(graf, awal, awal, new HashSet<>())) {
                g.galat("$.indikator[" + i + "].anggota", "siklus pada anggota komposit: indikator '" + awal
                        + "' (tidak langsung) menjadi anggota dirinya sendiri");
            }
        }
    }

    private static boolean mencapai(Map<String, List<String>> graf, String dari, String cari, Set<String> dikunjungi) {
        for (String k : graf.getOrDefault(dari, List.of())) {
            if (k.equals(cari) || (dikunjungi.add(k) && mencapai(graf, k, cari, dikunjungi))) {
                return true;
            }
        }
        return false;
    }

    private void iku() {
        var iku = d(p.iku());
        g.kode(iku, PaketData.Iku::kode, "iku");
        for (int i = 0; i < iku.size(); i++) {
            var x = iku.get(i);
            String j = "$.iku[" + i + "]";
            g.wajib(x.nama(), j + ".nama");
            periode(x.tahunMulai(), x.tahunSelesai(), j);
            g.rujukan(x.unit(), unit, j + ".unit", "Unit", false);
            var daftar = d(x.indikator());
            for (int k = 0; k < daftar.size(); k++) {
                g.rujukan(daftar.get(k), indikator.keySet(), j + ".indikator[" + k + "]", "Indikator", true);
            }
        }
    }

    private void target() {
        Set<List<Object>> kunci = new HashSet<>();
        var tg = d(p.target());
        for (int i = 0; i < tg.size(); i++) {
            var t = tg.get(i);
            String j = "$.target[" + i + "]";
            g.rujukan(t.indikator(), indikator.keySet(), j + ".indikator", "Indikator", true);
            g.pilihan(t.sumber(), SumberTarget.class, j + ".sumber", true);
            if (t.nilai() == null && (t.label() == null || t.label().isBlank())) {
                g.galat(j, "target harus memiliki nilai atau label");
            }
            if (t.nilaiAtas() != null && (t.nilai() == null || t.nilaiAtas().compareTo(t.nilai()) < 0)) {
                g.galat(j + ".nilaiAtas", "batas atas target lebih kecil dari batas bawahnya");
            }
            if (g.wajib(t.tahun(), j + ".tahun")) {
                periodeRencana(t.indikator()).ifPresent(pr -> {
                    if (t.tahun() < pr[0] || t.tahun() > pr[1]) {
                        g.galat(j + ".tahun", "target tahun " + t.tahun() + " di luar periode rencana " + pr[0] + "–" + pr[1]);
                    }
                });
            }
            g.unik(kunci, List.of(String.valueOf(t.indikator()), String.valueOf(t.tahun()), String.valueOf(t.sumber())), j,
                    "Target (indikator, tahun, sumber)");
        }
    }

    /** [first, last] year of the plan that holds the indicator, when it can be resolved. */
    private Optional<int[]> periodeRencana(String kodeIndikator) {
        Integer ii = indikator.get(kodeIndikator);
        if (ii == null) {
            return Optional.empty();
        }
        var x = p.indikator().get(ii);
        String kodeTujuan = x.tujuan();
        if (x.sasaran() != null) {
            Integer si = sasaran.get(x.sasaran());
            kodeTujuan = si == null ? null : p.sasaran().get(si).tujuan();
        }
        Integer ti = kodeTujuan == null ? null : tujuan.get(kodeTujuan);
        if (ti == null) {
            return Optional.empty();
        }
        var t = p.tujuan().get(ti);
        if (t.renstra() != null && renstra.containsKey(t.renstra())) {
            var r = p.renstra().get(renstra.get(t.renstra()));
            return r.tahunMulai() == null || r.tahunSelesai() == null ? Optional.empty()
                    : Optional.of(new int[]{r.tahunMulai(), r.tahunSelesai()});
        }
        if (t.rpjmd() != null && rpjmd.containsKey(t.rpjmd())) {
            var r = p.rpjmd().get(rpjmd.get(t.rpjmd()));
            return r.tahunMulai() == null || r.tahunSelesai() == null ? Optional.empty()
                    : Optional.of(new int[]{r.tahunMulai(), r.tahunSelesai()});
        }
        return Optional.empty();
    }
}
