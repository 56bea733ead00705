package id.akuntara.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static id.akuntara.spi.BagianLaporan.bagian;

/**
 * The outline of the annual performance report (LKjIP / LKIP / LAKIP) as data: front matter, chapters with their
 * sections, and appendices. The report is assembled from this outline; a plugin or a pemda may supply another one.
 *
 * @param pembuka  front matter (Kata Pengantar, Ikhtisar Eksekutif, …)
 * @param bab      the chapters, in order (at least one)
 * @param lampiran appendices
 */
public record KerangkaLaporan(List<BagianLaporan> pembuka, List<BabLaporan> bab, List<BagianLaporan> lampiran) {

    public KerangkaLaporan {
        pembuka = List.copyOf(pembuka);
        bab = List.copyOf(bab);
        lampiran = List.copyOf(lampiran);
        if (bab.isEmpty()) {
            throw new IllegalArgumentException("kerangka laporan tanpa bab");
        }
        Set<String> kode = new HashSet<>();
        for (String k : semuaKode(pembuka, bab, lampiran)) {
            if (!kode.add(k)) {
                throw new IllegalArgumentException("kode ganda pada kerangka laporan: " + k);
            }
        }
    }

    /** Every code in the outline (chapters, sections and sub-sections), in reading order. */
    public List<String> semuaKode() {
        return semuaKode(pembuka, bab, lampiran);
    }

    private static List<String> semuaKode(List<BagianLaporan> pembuka, List<BabLaporan> bab,
            List<BagianLaporan> lampiran) {
        List<String> hasil = new ArrayList<>();
        pembuka.forEach(b -> kumpulkan(b, hasil));
        for (BabLaporan b : bab) {
            hasil.add(b.kode());
            b.bagian().forEach(s -> kumpulkan(s, hasil));
        }
        lampiran.forEach(b -> kumpulkan(b, hasil));
        return hasil;
    }

    private static void kumpulkan(BagianLaporan b, List<String> hasil) {
        hasil.add(b.kode());
        b.subbagian().forEach(s -> kumpulkan(s, hasil));
    }

    /**
     * The outline of PermenPAN-RB 53/2014 (Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara
     * Reviu atas Laporan Kinerja Instansi Pemerintah), "sistematika penyajian Laporan Kinerja": Ikhtisar
     * Eksekutif; Bab I Pendahuluan (general explanation of the organisation, its strategic aspects and main
     * problems); Bab II Perencanaan Kinerja (summary of the year's Perjanjian Kinerja); Bab III Akuntabilitas
     * Kinerja (A. Capaian Kinerja Organisasi with its analyses, B. Realisasi Anggaran); Bab IV Penutup; Lampiran
     * (Perjanjian Kinerja, lain-lain). Sections marked {@code wajib = false} are those the four seed reports carry
     * under these chapters (Kaltim LKjIP 2021 and Klungkung LKjIP 2020 tables of contents; Tanjungpinang LKIP 2020
     * adds "Maksud dan Tujuan"), not requirements of the regulation.
     */
    public static KerangkaLaporan permenpanRb53Tahun2014() {
        return new KerangkaLaporan(
                List.of(bagian("kata-pengantar", "Kata Pengantar", false),
                        bagian("ikhtisar-eksekutif", "Ikhtisar Eksekutif", true)),
                List.of(
                        new BabLaporan("I", "bab1", "Pendahuluan", List.of(
                                bagian("bab1.latar-belakang", "Latar Belakang", false),
                                bagian("bab1.tugas-fungsi", "Tugas dan Fungsi", false),
                                bagian("bab1.struktur-organisasi", "Struktur Organisasi", false),
                                bagian("bab1.sumber-daya-aparatur", "Sumber Daya Aparatur", false),
                                bagian("bab1.aspek-strategis", "Aspek Strategis dan Permasalahan Utama Organisasi", true),
                                bagian("bab1.sistematika", "Sistematika Penyajian", false))),
                        new BabLaporan("II", "bab2", "Perencanaan Kinerja", List.of(
                                bagian("bab2.rencana-strategis", "Rencana Strategis", false),
                                bagian("bab2.iku", "Indikator Kinerja Utama", false),
                                bagian("bab2.perjanjian-kinerja", "Perjanjian Kinerja", true))),
                        new BabLaporan("III", "bab3", "Akuntabilitas Kinerja", List.of(
                                new BagianLaporan("bab3.capaian-kinerja", "Capaian Kinerja Organisasi", true, List.of(
                                        bagian("bab3.capaian.target-realisasi",
                                                "Perbandingan Target dan Realisasi Kinerja Tahun Ini", true),
                                        bagian("bab3.capaian.tahun-lalu",
                                                "Perbandingan Realisasi Kinerja Tahun Ini dengan Tahun Lalu dan Beberapa Tahun Terakhir", true),
                                        bagian("bab3.capaian.jangka-menengah",
                                                "Perbandingan Realisasi Kinerja dengan Target Jangka Menengah", true),
                                        bagian("bab3.capaian.standar-nasional",
                                                "Perbandingan Realisasi Kinerja dengan Standar Nasional", true),
                                        bagian("bab3.capaian.analisis-penyebab",
                                                "Analisis Penyebab Keberhasilan/Kegagalan", true),
                                        bagian("bab3.capaian.efisiensi",
                                                "Analisis atas Efisiensi Penggunaan Sumber Daya", true),
                                        bagian("bab3.capaian.program-penunjang",
                                                "Analisis Program/Kegiatan yang Menunjang Keberhasilan/Kegagalan", true))),
                                bagian("bab3.realisasi-anggaran", "Realisasi Anggaran", true))),
                        new BabLaporan("IV", "bab4", "Penutup", List.of(
                                bagian("bab4.simpulan", "Simpulan", true),
                                bagian("bab4.langkah-ke-depan", "Langkah di Masa Mendatang", true)))),
                List.of(bagian("lampiran.perjanjian-kinerja", "Perjanjian Kinerja", true),
                        bagian("lampiran.lain-lain", "Lain-lain", false)));
    }
}
