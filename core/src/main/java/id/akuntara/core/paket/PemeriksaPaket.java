package id.akuntara.core.paket;

import id.akuntara.core.calc.ModePembulatan;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.core.domain.anggaran.TingkatAnggaran;
import id.akuntara.core.domain.bersama.PresisiTanggal;
import id.akuntara.core.domain.evaluasi.JenisKeputusan;
import id.akuntara.core.domain.evaluasi.StatusTindakLanjut;
import id.akuntara.core.domain.kepegawaian.Nip;
import id.akuntara.core.domain.perjanjian.StatusPerjanjian;
import id.akuntara.core.domain.rencana.SumberTarget;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The second pass: rules across records. Every error is collected (never only the first): duplicate codes,
 * unknown references, invalid NIP, negative amounts, targets outside the plan period, cycles in trees (units,
 * budget, PK cascade, PK versions, Renstra versions, composites), a PK parent or predecessor of another year, and
 * the value/state rules of each record. The same rules the domain enforces, so a valid package imports cleanly.
 */
final class PemeriksaPaket extends Pemeriksa {

    private final PaketData p;
    private Map<String, Integer> unit;
    private Map<String, Integer> rpjmd;
    private Map<String, Integer> renstra;
    private Map<String, Integer> tujuan;
    private Map<String, Integer> sasaran;
    private Map<String, Integer> indikator;
    private Map<String, Integer> anggaran;
    private Map<String, Integer> penugasan;

    PemeriksaPaket(PaketData p) {
        this.p = p;
    }

    List<GalatPaket> periksa() {
        if (!PaketData.FORMAT.equals(p.format())) {
            galat("$.format", "harus \"" + PaketData.FORMAT + "\"");
        }
        if (p.versi() == null || p.versi() != PaketData.VERSI) {
            galat("$.versi", "versi format yang didukung: " + PaketData.VERSI);
        }
        wajib(p.pemda(), "$.pemda");
        pengaturan();
        new PemeriksaOrganisasi(this, p).periksa();
        unit = indeks(d(p.unit()), PaketData.Unit::kode);
        penugasan = indeks(d(p.penugasan()), PaketData.Penugasan::kode);
        rencana();
        anggaran();
        perjanjian();
        pengukuran();
        evaluasi();
        return galat;
    }

    private void pengaturan() {
        var s = p.pengaturan();
        if (s == null) {
            return;
        }
        wajib(s.plugin(), "$.pengaturan.plugin");
        pilihan(s.sumberTarget(), SumberTarget.class, "$.pengaturan.sumberTarget", false);
        pilihan(s.modePembulatan(), ModePembulatan.class, "$.pengaturan.modePembulatan", false);
        pilihan(s.penangananKosong(), PenangananKosong.class, "$.pengaturan.penangananKosong", false);
        if (s.desimalTampil() != null && (s.desimalTampil() < 0 || s.desimalTampil() > 6)) {
            galat("$.pengaturan.desimalTampil", "harus 0–6");
        }
        if (s.batasCapaian() != null && s.batasCapaian().signum() <= 0) {
            galat("$.pengaturan.batasCapaian", "batas capaian harus positif");
        }
        if (s.namaLaporan() != null) {
            wajib(s.namaLaporan(), "$.pengaturan.namaLaporan");
        }
        if (s.kepalaDaerah() != null) {
            wajib(s.kepalaDaerah(), "$.pengaturan.kepalaDaerah");
        }
        if (s.kerangkaLaporan() != null) {
            kerangka(s.kerangkaLaporan());
        }
        if (s.logo() != null) {
            logo(s.logo());
        }
        if (s.skala() != null) {
            wajib(s.skala().nama(), "$.pengaturan.skala.nama");
            var pita = d(s.skala().pita());
            for (int i = 0; i < pita.size(); i++) {
                wajib(pita.get(i).label(), "$.pengaturan.skala.pita[" + i + "].label");
            }
        }
    }

    /** The logo: base64 of a PNG image (its signature checked), at most {@code LOGO_MAKS_BITA} bytes ({@link LogoPng}). */
    private void logo(String logo) {
        LogoPng.periksa(logo).ifPresent(m -> galat("$.pengaturan.logo", m.pesan()));
    }

    /** The outline: at least one chapter, every code, number and heading given, no code twice. */
    private void kerangka(PaketData.Kerangka k) {
        String jalur = "$.pengaturan.kerangkaLaporan";
        Set<String> kode = new HashSet<>();
        if (d(k.bab()).isEmpty()) {
            galat(jalur + ".bab", "kerangka laporan memerlukan sedikitnya satu bab");
        }
        bagianKerangka(d(k.pembuka()), jalur + ".pembuka", kode);
        var bab = d(k.bab());
        for (int i = 0; i < bab.size(); i++) {
            String j = jalur + ".bab[" + i + "]";
            wajib(bab.get(i).nomor(), j + ".nomor");
            wajib(bab.get(i).judul(), j + ".judul");
            kodeKerangka(bab.get(i).kode(), j + ".kode", kode);
            bagianKerangka(d(bab.get(i).bagian()), j + ".bagian", kode);
        }
        bagianKerangka(d(k.lampiran()), jalur + ".lampiran", kode);
    }

    private void bagianKerangka(List<PaketData.BagianKerangka> bagian, String jalur, Set<String> kode) {
        for (int i = 0; i < bagian.size(); i++) {
            String j = jalur + "[" + i + "]";
            kodeKerangka(bagian.get(i).kode(), j + ".kode", kode);
            wajib(bagian.get(i).judul(), j + ".judul");
            bagianKerangka(d(bagian.get(i).subbagian()), j + ".subbagian", kode);
        }
    }

    private void kodeKerangka(String k, String jalur, Set<String> kode) {
        if (wajib(k, jalur) && !kode.add(k)) {
            galat(jalur, "kode '" + k + "' sudah dipakai di kerangka laporan ini");
        }
    }

    private void rencana() {
        rpjmd = kode(d(p.rpjmd()), PaketData.Rpjmd::kode, "rpjmd");
        renstra = kode(d(p.renstra()), PaketData.Renstra::kode, "renstra");
        tujuan = kode(d(p.tujuan()), PaketData.Tujuan::kode, "tujuan");
        sasaran = kode(d(p.sasaran()), PaketData.Sasaran::kode, "sasaran");
        indikator = kode(d(p.indikator()), PaketData.Indikator::kode, "indikator");
        new PemeriksaRencana(this, p, unit.keySet(), rpjmd, renstra, tujuan, sasaran, indikator).periksa();
    }

    private void anggaran() {
        var daftar = d(p.anggaran());
        anggaran = kode(daftar, PaketData.PosAnggaran::kode, "anggaran");
        Map<String, String> induk = new HashMap<>();
        for (int i = 0; i < daftar.size(); i++) {
            var a = daftar.get(i);
            String j = "$.anggaran[" + i + "]";
            wajib(a.tahun(), j + ".tahun");
            pilihan(a.tingkat(), TingkatAnggaran.class, j + ".tingkat", true);
            wajib(a.nama(), j + ".nama");
            rujukan(a.unit(), unit.keySet(), j + ".unit", "Unit", false);
            wajib(a.paguMurni(), j + ".paguMurni");
            tidakNegatif(a.paguMurni(), j + ".paguMurni", "Pagu murni");
            tidakNegatif(a.paguPerubahan(), j + ".paguPerubahan", "Pagu perubahan");
            tidakNegatif(a.realisasi(), j + ".realisasi", "Realisasi anggaran");
            if (a.progresFisik() != null && (a.progresFisik().signum() < 0 || a.progresFisik().compareTo(BigDecimal.valueOf(100)) > 0)) {
                galat(j + ".progresFisik", "progres fisik harus 0–100");
            }
            d(a.sasaran()).forEach(s -> rujukan(s, sasaran.keySet(), j + ".sasaran", "Sasaran", true));
            d(a.indikator()).forEach(s -> rujukan(s, indikator.keySet(), j + ".indikator", "Indikator", true));
            if (a.induk() != null) {
                rujukan(a.induk(), anggaran.keySet(), j + ".induk", "Pos anggaran induk", true);
                induk.put(a.kode(), a.induk());
                Integer ii = anggaran.get(a.induk());
                if (ii != null) {
                    var ind = daftar.get(ii);
                    if (ind.tahun() != null && !ind.tahun().equals(a.tahun())) {
                        galat(j + ".induk", "pos anggaran induk '" + a.induk() + "' bertahun " + ind.tahun() + ", bukan " + a.tahun());
                    }
                    if (sah(ind.tingkat(), TingkatAnggaran.class) && sah(a.tingkat(), TingkatAnggaran.class)
                            && !TingkatAnggaran.valueOf(ind.tingkat()).indukYangSahUntuk(TingkatAnggaran.valueOf(a.tingkat()))) {
                        galat(j + ".induk", a.tingkat() + " tidak dapat berinduk " + ind.tingkat());
                    }
                }
            } else if (a.tingkat() != null && !"PROGRAM".equals(a.tingkat())) {
                galat(j + ".induk", a.tingkat() + " wajib memiliki induk");
            }
        }
        siklus(induk, anggaran, "anggaran", "induk", "pohon anggaran");
    }

    private void perjanjian() {
        var daftar = d(p.perjanjianKinerja());
        Map<String, Integer> pk = kode(daftar, PaketData.PerjanjianKinerja::kode, "perjanjianKinerja");
        Map<String, String> induk = new HashMap<>();
        Map<String, String> pendahulu = new HashMap<>();
        for (int i = 0; i < daftar.size(); i++) {
            var a = daftar.get(i);
            String j = "$.perjanjianKinerja[" + i + "]";
            wajib(a.tahun(), j + ".tahun");
            rujukan(a.unit(), unit.keySet(), j + ".unit", "Unit", false);
            rujukan(a.pihakPertama(), penugasan.keySet(), j + ".pihakPertama", "Penugasan", true);
            rujukan(a.pihakKedua(), penugasan.keySet(), j + ".pihakKedua", "Penugasan", false);
            tanggal(a.tanggal(), j + ".tanggal", false);
            pilihan(a.presisiTanggal(), PresisiTanggal.class, j + ".presisiTanggal", false);
            pilihan(a.status(), StatusPerjanjian.class, j + ".status", true);
            waktu(a.ditandatanganiPada(), j + ".ditandatanganiPada");
            tidakNegatif(a.totalTertulis(), j + ".totalTertulis", "Total anggaran");
            if ("DITANDATANGANI".equals(a.status())) {
                wajib(a.ditandatanganiPada(), j + ".ditandatanganiPada");
                if (d(a.baris()).isEmpty()) {
                    galat(j + ".baris", "PK yang ditandatangani harus memiliki baris sasaran/indikator");
                }
            }
            if (a.menggantikan() != null && pk.containsKey(a.menggantikan())
                    && !"DITANDATANGANI".equals(daftar.get(pk.get(a.menggantikan())).status())) {
                galat(j + ".menggantikan", "PK '" + a.menggantikan() + "' yang digantikan belum ditandatangani;"
                        + " PK draft diubah langsung, bukan dengan PK Perubahan");
            }
            for (String[] rel : new String[][]{{"induk", a.induk()}, {"menggantikan", a.menggantikan()}}) {
                if (rel[1] == null) {
                    continue;
                }
                rujukan(rel[1], pk.keySet(), j + "." + rel[0], "PK", true);
                Integer ii = pk.get(rel[1]);
                if (ii != null && daftar.get(ii).tahun() != null && !daftar.get(ii).tahun().equals(a.tahun())) {
                    galat(j + "." + rel[0], "PK " + rel[0] + " '" + rel[1] + "' bertahun " + daftar.get(ii).tahun()
                            + ", bukan " + a.tahun() + ": harus dari tahun yang sama");
                }
                (rel[0].equals("induk") ? induk : pendahulu).put(a.kode(), rel[1]);
            }
            if (a.menggantikan() != null) {
                wajib(a.alasanPerubahan(), j + ".alasanPerubahan");
            }
            var baris = d(a.baris());
            for (int b = 0; b < baris.size(); b++) {
                var r = baris.get(b);
                String jb = j + ".baris[" + b + "]";
                wajib(r.sasaranTeks(), jb + ".sasaranTeks");
                wajib(r.indikatorTeks(), jb + ".indikatorTeks");
                rujukan(r.sasaran(), sasaran.keySet(), jb + ".sasaran", "Sasaran", false);
                rujukan(r.indikator(), indikator.keySet(), jb + ".indikator", "Indikator", false);
            }
            var program = d(a.program());
            for (int b = 0; b < program.size(); b++) {
                var r = program.get(b);
                String jb = j + ".program[" + b + "]";
                wajib(r.namaProgram(), jb + ".namaProgram");
                wajib(r.jumlah(), jb + ".jumlah");
                tidakNegatif(r.jumlah(), jb + ".jumlah", "Jumlah anggaran program");
                rujukan(r.posAnggaran(), anggaran.keySet(), jb + ".posAnggaran", "Pos anggaran", false);
            }
        }
        siklus(induk, pk, "perjanjianKinerja", "induk", "jenjang PK");
        siklus(pendahulu, pk, "perjanjianKinerja", "menggantikan", "versi PK");
    }

    private void pengukuran() {
        Set<List<Object>> kunci = new HashSet<>();
        var ra = d(p.rencanaAksi());
        for (int i = 0; i < ra.size(); i++) {
            var r = ra.get(i);
            String j = "$.rencanaAksi[" + i + "]";
            rujukan(r.indikator(), indikator.keySet(), j + ".indikator", "Indikator", true);
            wajib(r.tahun(), j + ".tahun");
            if (wajib(r.triwulan(), j + ".triwulan") && (r.triwulan() < 1 || r.triwulan() > 4)) {
                galat(j + ".triwulan", "triwulan harus 1–4");
            }
            unik(kunci, List.of(String.valueOf(r.indikator()), String.valueOf(r.tahun()), String.valueOf(r.triwulan())), j,
                    "Rencana aksi (indikator, tahun, triwulan)");
        }
        new PemeriksaRealisasi(this, indikator.keySet()).periksa(d(p.realisasi()));
    }

    private void evaluasi() {
        Set<List<Object>> kunci = new HashSet<>();
        var ev = d(p.evaluasi());
        for (int i = 0; i < ev.size(); i++) {
            var e = ev.get(i);
            String j = "$.evaluasi[" + i + "]";
            wajib(e.tahun(), j + ".tahun");
            wajib(e.evaluator(), j + ".evaluator");
            tanggal(e.tanggalLhe(), j + ".tanggalLhe", false);
            tidakNegatif(e.nilaiTertulis(), j + ".nilaiTertulis", "Nilai");
            unik(kunci, List.of(String.valueOf(e.tahun()), String.valueOf(e.evaluator())), j, "Evaluasi (tahun, evaluator)");
            var komponen = d(e.komponen());
            BigDecimal bobot = BigDecimal.ZERO;
            for (int k = 0; k < komponen.size(); k++) {
                var c = komponen.get(k);
                String jk = j + ".komponen[" + k + "]";
                wajib(c.nama(), jk + ".nama");
                if (wajib(c.bobot(), jk + ".bobot") && wajib(c.nilai(), jk + ".nilai")) {
                    tidakNegatif(c.nilai(), jk + ".nilai", "Nilai komponen");
                    if (c.nilai().compareTo(c.bobot()) > 0) {
                        galat(jk + ".nilai", "nilai komponen melebihi bobotnya (" + c.bobot().toPlainString() + ")");
                    }
                    bobot = bobot.add(c.bobot());
                }
            }
            if (!komponen.isEmpty() && bobot.compareTo(BigDecimal.valueOf(100)) != 0) {
                galat(j + ".komponen", "jumlah bobot komponen harus 100, bukan " + bobot.toPlainString());
            }
            var rek = d(e.rekomendasi());
            for (int k = 0; k < rek.size(); k++) {
                wajib(rek.get(k).teks(), j + ".rekomendasi[" + k + "].teks");
                pilihan(rek.get(k).status(), StatusTindakLanjut.class, j + ".rekomendasi[" + k + "].status", true);
            }
        }
        var kep = d(p.keputusan());
        for (int i = 0; i < kep.size(); i++) {
            String j = "$.keputusan[" + i + "]";
            wajib(kep.get(i).tahun(), j + ".tahun");
            pilihan(kep.get(i).jenis(), JenisKeputusan.class, j + ".jenis", true);
            rujukan(kep.get(i).unit(), unit.keySet(), j + ".unit", "Unit", false);
            wajib(kep.get(i).uraian(), j + ".uraian");
        }
        Set<List<Object>> bagian = new HashSet<>();
        var nar = d(p.narasi());
        for (int i = 0; i < nar.size(); i++) {
            String j = "$.narasi[" + i + "]";
            wajib(nar.get(i).tahun(), j + ".tahun");
            wajib(nar.get(i).bagian(), j + ".bagian");
            unik(bagian, List.of(String.valueOf(nar.get(i).tahun()), String.valueOf(nar.get(i).bagian())), j,
                    "Narasi (tahun, bagian)");
        }
    }

    static <E extends Enum<E>> boolean sah(String nilai, Class<E> jenis) {
        if (nilai == null) {
            return false;
        }
        for (E e : jenis.getEnumConstants()) {
            if (e.name().equals(nilai)) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> nipSalah(String nip) {
        List<String> salah = Nip.periksa(Nip.normalkan(nip));
        return salah.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", salah));
    }
}
