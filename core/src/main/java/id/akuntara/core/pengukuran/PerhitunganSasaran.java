package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.EfisiensiCalculator;
import id.akuntara.core.calc.HasilAgregasi;
import id.akuntara.core.calc.HasilEfisiensi;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.PosAnggaran;
import id.akuntara.core.calc.RataRataCalculator;
import id.akuntara.core.calc.SebaranCapaian;
import id.akuntara.core.calc.SerapanCalculator;
import id.akuntara.core.paket.PaketData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * Per sasaran: the mean of its indicators' capaian by the pemda's policy (a mean-of-capaian indicator is itself
 * that mean and does not enter it, unless the sasaran has no other indicator), the band counts, the absorption of the budget lines linked to it, and
 * efficiency (docs/calculations.md §6): Kaltim's points (capaian − serapan, both as printed) and Klungkung's SE / IE
 * when the sasaran has a mean-of-capaian indicator with a target (Klungkung LKjIP 2020 Tabel 3.2: target 95,
 * realisasi 102,95, keuangan 87,16 → SE 0,95, IE 1,18, Tingkat 0,24).
 */
final class PerhitunganSasaran {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private final PaketData p;
    private final KebijakanPengukuran k;
    private final PencatatJejak jejak;
    private final Map<String, PaketData.Indikator> indikator;
    private final Map<String, KinerjaIndikator> hasil;
    private final Map<String, HasilHitung> hitungan;
    private final Map<String, KinerjaAnggaran.Pos> posTahun = new HashMap<>();
    private Map<String, List<PaketData.PosAnggaran>> posPerSasaran;

    PerhitunganSasaran(PaketData p, KebijakanPengukuran k, PencatatJejak jejak, Map<String, PaketData.Indikator> indikator,
            Map<String, KinerjaIndikator> hasil, Map<String, HasilHitung> hitungan, KinerjaAnggaran anggaran) {
        this.p = p;
        this.k = k;
        this.jejak = jejak;
        this.indikator = indikator;
        this.hasil = hasil;
        this.hitungan = hitungan;
        anggaran.pos().forEach(x -> posTahun.putIfAbsent(x.kode(), x));
    }

    List<KinerjaSasaran> hitung() {
        List<KinerjaSasaran> semua = new ArrayList<>();
        for (PaketData.Sasaran s : daftar(p.sasaran())) {
            List<String> anggota = new ArrayList<>();
            List<String> rataRataCapaian = new ArrayList<>();
            for (PaketData.Indikator i : indikator.values()) {
                if (s.kode().equals(i.sasaran()) && hasil.containsKey(i.kode())) {
                    ("RATA_RATA_CAPAIAN".equals(i.jenis()) ? rataRataCapaian : anggota).add(i.kode());
                }
            }
            if (anggota.isEmpty() && rataRataCapaian.isEmpty()) {
                continue;
            }
            boolean hanyaRataRata = anggota.isEmpty();
            if (hanyaRataRata) {
                // Klungkung LKjIP 2020 Tabel 3.1: the Setda's sasaran is measured by "Rata-Rata Capaian Sasaran
                // Kabupaten Bidang …" alone; that indicator's capaian is the sasaran's
                anggota.addAll(rataRataCapaian);
            }
            List<HasilHitung> capaianAnggota = anggota.stream().map(hitungan::get).toList();
            HasilAgregasi rata = RataRataCalculator.rataRata(capaianAnggota, k.agregasi());
            List<String> peringatan = new ArrayList<>(rata.peringatan());
            if (!rataRataCapaian.isEmpty() && !hanyaRataRata) {
                peringatan.add("indikator rata-rata capaian " + String.join(", ", rataRataCapaian)
                        + " tidak ikut dirata-ratakan");
            }
            Angka capaian = jejak.catat("capaian-sasaran/" + s.kode(), Aturan.RATA_RATA_SASARAN, rata.hasil(),
                    "indikator", String.join(", ", anggota), "dibulatkan dulu", k.agregasi().bulatkanDulu(),
                    "blank", k.agregasi().kosong().name());
            Angka serapan = serapan(s.kode());
            semua.add(new KinerjaSasaran(s.kode(), s.teks(), capaian,
                    SebaranCapaian.hitung(capaianAnggota, k.pembulatan()), serapan,
                    efisiensi(s.kode(), capaian, serapan, rataRataCapaian), peringatan));
        }
        return semua;
    }

    /** The year's budget lines the data link to each sasaran, in the data's order (indexed once). */
    private Map<String, List<PaketData.PosAnggaran>> posPerSasaran() {
        if (posPerSasaran == null) {
            posPerSasaran = new HashMap<>();
            for (PaketData.PosAnggaran a : daftar(p.anggaran())) {
                if (a.sasaran() != null && posTahun.containsKey(a.kode())) {
                    a.sasaran().forEach(s -> posPerSasaran.computeIfAbsent(s, x -> new ArrayList<>()).add(a));
                }
            }
        }
        return posPerSasaran;
    }

    /** Absorption of the budget lines the data link to the sasaran. */
    private Angka serapan(String sasaran) {
        List<PaketData.PosAnggaran> terkait = posPerSasaran().getOrDefault(sasaran, List.of());
        if (terkait.isEmpty()) {
            return null;
        }
        List<KinerjaAnggaran.Pos> pos = terkait.stream().map(a -> posTahun.get(a.kode())).toList();
        if (pos.stream().anyMatch(x -> x.pagu() == null || x.realisasi() == null)) {
            return jejak.catat("serapan-sasaran/" + sasaran, Aturan.SERAPAN_SASARAN,
                    HasilHitung.tidakDapatDihitung("pagu atau realisasi pos terkait tidak lengkap"),
                    "pos", String.join(", ", terkait.stream().map(PaketData.PosAnggaran::kode).toList()));
        }
        PosAnggaran jumlah = SerapanCalculator.jumlah(pos.stream().map(x -> new PosAnggaran(x.pagu(), x.realisasi())).toList());
        return jejak.catat("serapan-sasaran/" + sasaran, Aturan.SERAPAN_SASARAN,
                SerapanCalculator.serapan(jumlah), "pos", String.join(", ", terkait.stream().map(PaketData.PosAnggaran::kode).toList()),
                "pagu", jumlah.pagu(), "realisasi", jumlah.realisasi());
    }

    private KinerjaSasaran.Efisiensi efisiensi(String sasaran, Angka capaian, Angka serapan,
            List<String> rataRataCapaian) {
        if (serapan == null || !serapan.bernilai() || !capaian.bernilai()) {
            return null;
        }
        BigDecimal c = k.pembulatan().terapkan(capaian.nilai());
        BigDecimal sr = k.pembulatan().terapkan(serapan.nilai());
        Angka poin = jejak.catat("efisiensi-poin/" + sasaran, Aturan.EFISIENSI_POIN,
                HasilHitung.terhitung(EfisiensiCalculator.selisihPoin(c, sr)), "capaian sasaran", c, "serapan", sr);

        Optional<KinerjaIndikator> rcs = rataRataCapaian.stream().map(hasil::get)
                .filter(i -> i.target() != null && i.target().nilai() != null && i.realisasi().nilai() != null).findFirst();
        if (rcs.isEmpty()) {
            return new KinerjaSasaran.Efisiensi(poin, null, null, null, null);
        }
        BigDecimal targetSasaran = rcs.get().target().nilai();
        BigDecimal realisasiSasaran = k.pembulatan().terapkan(rcs.get().realisasi().nilai());
        Optional<HasilEfisiensi> e = EfisiensiCalculator.klungkung(targetSasaran, SERATUS, realisasiSasaran, sr);
        if (e.isEmpty()) {
            return new KinerjaSasaran.Efisiensi(poin, null, null, null, null);
        }
        Object[] masukan = {"target capaian sasaran", targetSasaran, "target keuangan", SERATUS,
            "realisasi capaian sasaran", realisasiSasaran, "realisasi keuangan", sr};
        return new KinerjaSasaran.Efisiensi(poin,
                jejak.catat("efisiensi-standar/" + sasaran, Aturan.EFISIENSI_SE,
                        HasilHitung.terhitung(e.get().standarEfisiensi()), masukan),
                jejak.catat("efisiensi-indeks/" + sasaran, Aturan.EFISIENSI_IE,
                        HasilHitung.terhitung(e.get().indeksEfisiensi()), masukan),
                jejak.catat("efisiensi-tingkat/" + sasaran, Aturan.EFISIENSI_TINGKAT,
                        HasilHitung.terhitung(e.get().tingkatEfisiensi()), masukan),
                e.get().keterangan());
    }
}
