package id.akuntara.reports;

import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.spi.BabLaporan;
import id.akuntara.spi.BagianLaporan;
import id.akuntara.spi.KerangkaLaporan;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The body of the annual report as blocks, in the order of the outline in force ({@link BahanLaporan#kerangka()}:
 * the pemda's own → its level plugin's → PermenPAN-RB 53/2014). Each section code the platform knows shows its
 * tables and charts ({@link #ISI}); every other section is narrative: the chapter's narrative (the data's
 * {@code narasi} of that chapter, in the data's order) stands at the chapter's first such section, or at its end
 * when it has none. A section with content but no data is printed with a note when the outline marks it
 * {@code wajib}, and left out otherwise. Front matter: the Ikhtisar Eksekutif shows the band counts and the total
 * serapan before its narrative; any other front section shows the narrative whose {@code bagian} is its heading in
 * capitals ("KATA PENGANTAR"). Appendices: the year's PKs under {@code lampiran.perjanjian-kinerja}, the data's
 * {@code LAMPIRAN} narrative at the first other appendix; the calculation trace always closes the report.
 *
 * <p>English: a heading is the bundle's {@code kerangka.<kode>} when it has one, else the outline's own (a pemda's
 * own section keeps its Indonesian heading). Nothing here computes a figure: rows are the read model's
 * {@code tampil} strings ({@link BarisLaporan}).
 */
final class SusunanLaporan {

    /** The section codes that have content of their own; docs/laporan.md lists what each shows. */
    static final Set<String> ISI = Set.of("ikhtisar-eksekutif", "bab1.struktur-organisasi", "bab1.sumber-daya-aparatur",
            "bab2.rencana-strategis", "bab2.perjanjian-kinerja", "bab3.capaian.target-realisasi", "bab3.capaian.tahun-lalu",
            "bab3.capaian.jangka-menengah", "bab3.capaian.standar-nasional", "bab3.capaian.efisiensi",
            "bab3.realisasi-anggaran", "lampiran.perjanjian-kinerja");

    private final BahanLaporan b;
    private final KinerjaTahunan k;
    private final ResourceBundle label;
    private final boolean inggris;
    private final List<Blok> hasil = new ArrayList<>();

    private SusunanLaporan(BahanLaporan b, ResourceBundle label, Locale bahasa) {
        this.b = b;
        this.k = b.kinerja();
        this.label = label;
        this.inggris = "en".equals(bahasa.getLanguage());
    }

    static List<Blok> susun(BahanLaporan b, ResourceBundle label, Locale bahasa) {
        return lipat(blok(b, label, bahasa));
    }

    /** The blocks before {@link #lipat}: every heading its own block (the XLSX workbook reads where a table stands). */
    static List<Blok> blok(BahanLaporan b, ResourceBundle label, Locale bahasa) {
        SusunanLaporan s = new SusunanLaporan(b, label, bahasa);
        KerangkaLaporan kerangka = b.kerangka();
        kerangka.pembuka().forEach(s::pembuka);
        kerangka.bab().forEach(s::bab);
        boolean narasiLampiran = false;
        for (BagianLaporan l : kerangka.lampiran()) {
            narasiLampiran |= s.lampiran(l, narasiLampiran);
        }
        s.jejak();
        return s.hasil;
    }

    /**
     * A heading directly above a chart is printed in the chart's band, so that both move to the next page together
     * when the chart does not fit (a heading never stands alone above a page's empty foot).
     */
    static List<Blok> lipat(List<Blok> blok) {
        List<Blok> hasil = new ArrayList<>();
        for (int i = 0; i < blok.size(); i++) {
            Blok b = blok.get(i);
            Blok lanjut = i + 1 < blok.size() ? blok.get(i + 1) : null;
            if (("JUDUL1".equals(b.jenis()) || "JUDUL2".equals(b.jenis())) && lanjut != null && "GAMBAR".equals(lanjut.jenis())
                    && lanjut.judul() == null) {
                hasil.add(new Blok("GAMBAR", b.judul(), lanjut.teks(), null, null, lanjut.gambar()));
                i++;
            } else {
                hasil.add(b);
            }
        }
        return hasil;
    }

    // --- front matter -------------------------------------------------------------------------------------------

    private void pembuka(BagianLaporan bagian) {
        String judul = judul(bagian.kode(), bagian.judul()).toUpperCase(bahasa());
        if ("ikhtisar-eksekutif".equals(bagian.kode())) {
            hasil.add(Blok.bab(judul));
            hasil.add(Blok.keterangan(label.getString("ikhtisar.sebaran")));
            hasil.add(Blok.tabel("tabel-ringkas", BarisLaporan.ringkas(k, label)));
            narasi(BarisLaporan.tanpaJudul(BarisLaporan.narasi(b.narasi(), "IKHTISAR", "IKHTISAR EKSEKUTIF"),
                    bagian.judul()));
            return;
        }
        List<Map<String, ?>> naskah = BarisLaporan.tanpaJudul(
                BarisLaporan.narasiPersis(b.narasi(), bagian.judul().toUpperCase(Locale.ROOT)), bagian.judul());
        if (naskah.isEmpty() && !bagian.wajib()) {
            return;
        }
        hasil.add(Blok.bab(judul));
        if (naskah.isEmpty()) {
            hasil.add(Blok.catatan(label.getString("naskah.kosong")));
        } else {
            narasi(naskah);
        }
    }

    // --- chapters -----------------------------------------------------------------------------------------------

    private void bab(BabLaporan bab) {
        hasil.add(Blok.bab(MessageFormat.format(label.getString("bab.judul"), bab.nomor(),
                judul(bab.kode(), bab.judul()).toUpperCase(bahasa()))));
        List<Map<String, ?>> naskah = BarisLaporan.tanpaJudul(BarisLaporan.narasi(b.narasi(), "BAB " + bab.nomor()),
                bab.judul(), "BAB " + bab.nomor() + " " + bab.judul());
        boolean[] naskahDitempatkan = {naskah.isEmpty()};
        for (BagianLaporan bagian : bab.bagian()) {
            hasil.addAll(bagian(bagian, 1, naskah, naskahDitempatkan));
        }
        if (!naskahDitempatkan[0]) {
            narasi(naskah);
        }
    }

    /** The blocks of a section (its heading first) or nothing when it shows nothing. */
    private List<Blok> bagian(BagianLaporan bagian, int tingkat, List<Map<String, ?>> naskah, boolean[] naskahDitempatkan) {
        List<Blok> isi = new ArrayList<>();
        if (!bagian.subbagian().isEmpty()) {
            for (BagianLaporan sub : bagian.subbagian()) {
                isi.addAll(bagian(sub, tingkat + 1, naskah, naskahDitempatkan));
            }
        } else if (ISI.contains(bagian.kode())) {
            isi.addAll(isi(bagian.kode()));
            if (isi.isEmpty() && bagian.wajib()) {
                isi.add(Blok.catatan(kosong(bagian.kode())));
            }
        } else if (!naskahDitempatkan[0]) {
            naskahDitempatkan[0] = true;
            List<Blok> n = new ArrayList<>();
            n.add(Blok.tabel("narasi", naskah));
            return n;
        }
        if (isi.isEmpty()) {
            return isi;
        }
        String judul = judul(bagian.kode(), bagian.judul());
        isi.add(0, tingkat == 1 ? Blok.judul1(judul) : Blok.judul2(judul));
        return isi;
    }

    /** The tables and charts of a section code the platform knows; empty when the data have none for it. */
    private List<Blok> isi(String kode) {
        List<Blok> isi = new ArrayList<>();
        String tahun = String.valueOf(b.tahun());
        switch (kode) {
            case "bab1.struktur-organisasi" -> {
                Grafik.Gambar bagan = b.organisasi().unit().isEmpty() ? null
                        : Grafik.bagan(b.organisasi(), jenis -> teksAtau("unit." + jenis, jenis.toLowerCase(Locale.ROOT)));
                if (bagan != null) {
                    isi.add(Blok.gambar(MessageFormat.format(label.getString("grafik.organisasi"),
                            LayananLaporan.tanggal(b.organisasi().perTanggal(), bahasa())), bagan));
                    isi.add(Blok.catatan(label.getString("grafik.organisasiSumber")));
                }
            }
            case "bab1.sumber-daya-aparatur" -> {
                if (!b.sdm().baris().isEmpty()) {
                    isi.add(Blok.keterangan(MessageFormat.format(label.getString("tabel.sdm"),
                            LayananLaporan.tanggal(b.sdm().perTanggal(), bahasa()))));
                    isi.add(Blok.tabel("tabel-sdm", BarisLaporan.sdm(b.sdm(), label)));
                }
            }
            case "bab2.rencana-strategis" -> {
                if (!b.renstra().isEmpty()) {
                    isi.add(Blok.keterangan(label.getString("tabel.renstra")));
                    isi.add(Blok.tabel("tabel-renstra", BarisLaporan.renstra(b.renstra())));
                }
            }
            case "bab2.perjanjian-kinerja" -> {
                DokumenPk utama = utama();
                if (utama != null) {
                    isi.add(Blok.keterangan(MessageFormat.format(label.getString("pk.judulTabel"), utama.kode(),
                            utama.pertama().jabatan())));
                    isi.add(Blok.tabel("tabel-pk", BarisLaporan.pk(utama.baris()), utama.kode()));
                    if (!utama.program().isEmpty()) {
                        isi.add(Blok.keterangan(MessageFormat.format(label.getString("tabel.program"), utama.kode())));
                        isi.add(Blok.tabel("tabel-program", BarisLaporan.program(utama.program()), utama.kode()));
                    }
                    if (utama.total() != null) {
                        isi.add(Blok.catatan(label.getString("pk.total") + ": " + utama.total() + " ("
                                + utama.terbilang() + ")"));
                    }
                }
            }
            case "bab3.capaian.target-realisasi" -> {
                if (!k.indikator().isEmpty()) {
                    isi.add(Blok.keterangan(MessageFormat.format(label.getString("tabel.indikator"), tahun)));
                    isi.add(Blok.tabel("tabel-indikator", BarisLaporan.indikator(k, label)));
                }
                if (!k.sasaran().isEmpty()) {
                    isi.add(Blok.keterangan(label.getString("tabel.sasaran")));
                    isi.add(Blok.tabel("tabel-sasaran", BarisLaporan.sasaran(k)));
                    isi.add(Blok.gambar(label.getString("grafik.capaian"), Grafik.batang(BarisLaporan.batangCapaian(k),
                            java.math.BigDecimal.valueOf(100), "100 %")));
                }
                BarisLaporan.Catatan catatan = BarisLaporan.catatan(k);
                if (!catatan.baris().isEmpty()) {
                    isi.add(Blok.keterangan(label.getString("tabel.catatan")));
                    isi.add(Blok.tabel("tabel-catatan", catatan.baris()));
                }
                catatan.umum().forEach((teks, n) -> isi.add(Blok.catatan(MessageFormat.format(
                        label.getString("catatan.semua"), n, k.indikator().size(), teks))));
            }
            case "bab3.capaian.tahun-lalu" -> {
                List<Map<String, ?>> baris = BarisLaporan.perbandingan(k);
                if (!baris.isEmpty()) {
                    isi.add(Blok.keterangan(MessageFormat.format(label.getString("tabel.perbandingan"), tahun,
                            String.valueOf(b.tahun() - 1))));
                    isi.add(Blok.tabel("tabel-perbandingan", baris));
                }
            }
            case "bab3.capaian.jangka-menengah" -> {
                List<Map<String, ?>> baris = BarisLaporan.kemajuan(k);
                if (!baris.isEmpty()) {
                    isi.add(Blok.keterangan(MessageFormat.format(label.getString("tabel.kemajuan"), tahun)));
                    isi.add(Blok.tabel("tabel-kemajuan", baris));
                }
                List<Map<String, ?>> tren = BarisLaporan.tren(k, b.riwayat());
                if (!tren.isEmpty()) {
                    String periode = b.riwayat().get(0).tahun() + "–" + b.riwayat().get(b.riwayat().size() - 1).tahun();
                    List<Grafik.Seri> seri = BarisLaporan.seriTren(k, b.riwayat());
                    // at most 24 indicators a chart (two columns of 12), so a chart keeps to one page
                    for (int awal = 0; awal < seri.size(); awal += Grafik.TREN_MAKS) {
                        List<Grafik.Seri> bagian = seri.subList(awal, Math.min(seri.size(), awal + Grafik.TREN_MAKS));
                        isi.add(Blok.gambar(MessageFormat.format(label.getString("grafik.tren"), periode)
                                + (seri.size() > Grafik.TREN_MAKS ? " (" + (awal / Grafik.TREN_MAKS + 1) + ")" : ""),
                                Grafik.tren(bagian, label.getString("grafik.trenAcuan"))));
                    }
                    isi.add(Blok.keterangan(MessageFormat.format(label.getString("tabel.tren"), periode)));
                    isi.add(Blok.tabel("tabel-tren", tren));
                }
            }
            case "bab3.capaian.standar-nasional" -> {
                if (!k.evaluasi().isEmpty()) {
                    isi.add(Blok.keterangan(label.getString("tabel.evaluasi")));
                    isi.add(Blok.tabel("tabel-evaluasi", BarisLaporan.evaluasi(k)));
                }
            }
            case "bab3.capaian.efisiensi" -> {
                List<Map<String, ?>> baris = BarisLaporan.efisiensi(k, this::teksAtau);
                if (!baris.isEmpty()) {
                    isi.add(Blok.keterangan(MessageFormat.format(label.getString("tabel.efisiensi"), tahun)));
                    isi.add(Blok.tabel("tabel-efisiensi", baris));
                    isi.add(Blok.catatan(label.getString("tabel.efisiensiRumus")));
                }
            }
            case "bab3.realisasi-anggaran" -> {
                if (k.anggaran().total() != null) {
                    List<Grafik.Batang> program = BarisLaporan.batangSerapan(k.anggaran(), label);
                    if (!program.isEmpty()) {
                        isi.add(Blok.gambar(label.getString("grafik.serapan"),
                                Grafik.batang(program, java.math.BigDecimal.valueOf(100), "100 %")));
                    }
                    isi.add(Blok.keterangan(MessageFormat.format(label.getString("tabel.anggaran"), tahun)));
                    isi.add(Blok.tabel("tabel-anggaran", BarisLaporan.anggaran(k.anggaran(), label)));
                }
            }
            case "lampiran.perjanjian-kinerja" -> {
                for (DokumenPk pk : b.pk()) {
                    isi.add(Blok.judul2(MessageFormat.format(label.getString("pk.judulTabel"), pk.kode(),
                            pk.pertama().jabatan())));
                    isi.add(Blok.tabel("tabel-pk", BarisLaporan.pk(pk.baris()), pk.kode()));
                    if (!pk.program().isEmpty()) {
                        isi.add(Blok.tabel("tabel-program", BarisLaporan.program(pk.program()), pk.kode()));
                    }
                }
            }
            default -> {
                // a code of ISI always has a case above
            }
        }
        return isi;
    }

    // --- appendices ---------------------------------------------------------------------------------------------

    /** An appendix; returns whether it took the data's LAMPIRAN narrative. */
    private boolean lampiran(BagianLaporan bagian, boolean narasiSudah) {
        String judul = MessageFormat.format(label.getString("lampiran.judul"),
                judul(bagian.kode(), bagian.judul()).toUpperCase(bahasa()));
        if (ISI.contains(bagian.kode())) {
            List<Blok> isi = isi(bagian.kode());
            if (isi.isEmpty() && !bagian.wajib()) {
                return false;
            }
            hasil.add(Blok.bab(judul));
            hasil.addAll(isi.isEmpty() ? List.of(Blok.catatan(kosong(bagian.kode()))) : isi);
            return false;
        }
        List<Map<String, ?>> naskah = narasiSudah ? List.of()
                : BarisLaporan.tanpaJudul(BarisLaporan.narasi(b.narasi(), "LAMPIRAN"), bagian.judul());
        if (naskah.isEmpty()) {
            return false;
        }
        hasil.add(Blok.bab(judul));
        narasi(naskah);
        return true;
    }

    /** The figure trace, always the last appendix: what makes every figure of the report checkable. */
    private void jejak() {
        hasil.add(Blok.bab(label.getString("lampiran.jejak")));
        hasil.add(Blok.teks(label.getString("lampiran.jejakKet")));
        hasil.add(Blok.tabel("tabel-jejak", BarisLaporan.jejak(k)));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void narasi(List<Map<String, ?>> naskah) {
        if (!naskah.isEmpty()) {
            hasil.add(Blok.tabel("narasi", naskah));
        }
    }

    /** The year's top PK: the cascade's root, else the first. */
    private DokumenPk utama() {
        return b.pk().stream().filter(d -> d.induk() == null).findFirst().orElse(b.pk().isEmpty() ? null : b.pk().get(0));
    }

    /** A heading in the edition's language: the bundle's {@code kerangka.<kode>} in English, else the outline's. */
    private String judul(String kode, String judulKerangka) {
        return inggris ? teksAtau("kerangka." + kode, judulKerangka) : judulKerangka;
    }

    /** The note of a required section without data: {@code kosong.<kode>}, else the general one. */
    private String kosong(String kode) {
        return teksAtau("kosong." + kode, label.getString("kosong.umum"));
    }

    private String teksAtau(String kunci, String lain) {
        try {
            return label.getString(kunci);
        } catch (MissingResourceException e) {
            return lain;
        }
    }

    private Locale bahasa() {
        return inggris ? Locale.ENGLISH : LayananLaporan.INDONESIA;
    }
}
