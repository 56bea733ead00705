package id.akuntara.core.paket;

import java.math.BigDecimal;
import java.util.List;

/**
 * One pemda's complete data as a data package (docs/data-package.md, schema docs/paket-data.schema.json). Records
 * refer to each other by code ({@code kode}) or by natural key, never by database id, so a package can move
 * between installations. Absent optional values are {@code null}, absent lists {@code null} or empty (see
 * {@link Paket#daftar}). Dates are ISO-8601 text ("2021-08-20"), amounts and scores decimal numbers, enumerations
 * the upper-case names listed in the schema. Pure Java: read and checked without a database (CLI).
 */
public record PaketData(String format, Integer versi, String pemda, Pengaturan pengaturan, List<Unit> unit,
        List<PerubahanUnit> perubahanUnit, List<Jabatan> jabatan, List<Pegawai> pegawai, List<Penugasan> penugasan,
        List<StatistikPegawai> statistikPegawai, List<Rpjmd> rpjmd, List<Renstra> renstra, List<Tujuan> tujuan,
        List<Sasaran> sasaran, List<Strategi> strategi, List<Indikator> indikator, List<Iku> iku, List<Target> target,
        List<PosAnggaran> anggaran, List<PerjanjianKinerja> perjanjianKinerja, List<RencanaAksi> rencanaAksi,
        List<Realisasi> realisasi, List<Evaluasi> evaluasi, List<Keputusan> keputusan, List<Narasi> narasi) {

    public static final String FORMAT = "akuntara.paket-data";
    public static final int VERSI = 1;

    /**
     * The pemda's own settings, the top configuration layer (docs/plugins.md). {@code namaLaporan}: the annual
     * report's name (LAKIP, LKIP, LKjIP); {@code kepalaDaerah}: the head of region as the report addresses them
     * ("Walikota Pangkalpinang"; absent: the package's KEPALA_DAERAH post, else the plugin's title);
     * {@code kerangkaLaporan}: the report's own outline (absent: the plugin's, else the core's); {@code logo}: the
     * pemda's logo for the report's cover and the PK's header, a PNG image in base64 (at most
     * {@link #LOGO_MAKS_BITA} bytes; absent: a neutral emblem drawn with the pemda's name).
     */
    public record Pengaturan(String plugin, String sumberTarget, Integer desimalTampil, String modePembulatan,
            BigDecimal batasCapaian, String penangananKosong, Boolean bulatkanDulu, Skala skala, String namaLaporan,
            String kepalaDaerah, Kerangka kerangkaLaporan, String logo) {

        /** The largest logo a package may carry: 512 KiB of PNG. */
        public static final int LOGO_MAKS_BITA = 512 * 1024;

        /** The logo's PNG bytes; empty when the package carries none (the package check has refused an invalid one). */
        public java.util.Optional<byte[]> logoPng() {
            if (logo == null || logo.isBlank()) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(java.util.Base64.getDecoder().decode(logo.replaceAll("\\s", "")));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }
    }

    /** A report outline: front matter, chapters, appendices (spi {@code KerangkaLaporan}). */
    public record Kerangka(List<BagianKerangka> pembuka, List<BabKerangka> bab, List<BagianKerangka> lampiran) {
    }

    /** A chapter: Roman number as printed, stable code ({@code bab3}), heading, sections. */
    public record BabKerangka(String nomor, String kode, String judul, List<BagianKerangka> bagian) {
    }

    /** A section: stable code ({@code bab3.capaian.efisiensi}), heading, whether the regulation names it, sub-sections. */
    public record BagianKerangka(String kode, String judul, Boolean wajib, List<BagianKerangka> subbagian) {
    }

    public record Skala(String nama, List<Pita> pita) {
    }

    public record Pita(String label, BigDecimal bawah, Boolean bawahInklusif, BigDecimal atas, Boolean atasInklusif) {
    }

    public record Unit(String kode, String nama, String jenis, String induk, String berlakuMulai, String berlakuSampai,
            List<String> alias, String dasarHukum) {
    }

    public record PerubahanUnit(String asal, String hasil, String jenis, String tanggal, String dasarHukum) {
    }

    public record Jabatan(String kode, String nama, String jenis, String unit, String eselon) {
    }

    public record Pegawai(String kode, String nama, String nip, String pangkat, String golongan, String jenisKelamin) {
    }

    public record Penugasan(String kode, String pegawai, String jabatan, String jenis, String mulai, String selesai,
            String dasar) {
    }

    public record StatistikPegawai(String unit, String kelompok, String perTanggal, String dimensi, String kategori,
            Integer jumlah) {
    }

    public record Rpjmd(String kode, String nama, Integer tahunMulai, Integer tahunSelesai, String visi, String dasarHukum,
            List<Misi> misi) {
    }

    public record Misi(Integer nomor, String teks) {
    }

    public record Renstra(String kode, String nama, String rpjmd, String unit, Integer tahunMulai, Integer tahunSelesai,
            String menggantikan, String ditetapkan, String dasarHukum) {
    }

    public record Tujuan(String kode, String teks, String rpjmd, String renstra, Integer misi) {
    }

    public record Sasaran(String kode, String teks, String tujuan) {
    }

    public record Strategi(String renstra, String sasaran, String jenis, Integer urutan, String teks) {
    }

    public record Indikator(String kode, String nama, String satuan, String formula, String polaritas, String jenis,
            Integer desimal, String tujuan, String sasaran, String unitPenanggungJawab, KondisiAwal kondisiAwal,
            String sumberData, List<Anggota> anggota) {
    }

    public record KondisiAwal(Integer tahun, BigDecimal nilai, String label) {
    }

    public record Anggota(String indikator, String unit, BigDecimal bobot) {
    }

    public record Iku(String kode, String nama, String dasarHukum, Integer tahunMulai, Integer tahunSelesai, String unit,
            List<String> indikator) {
    }

    public record Target(String indikator, Integer tahun, String sumber, BigDecimal nilai, BigDecimal nilaiAtas,
            String label, String satuan) {
    }

    public record PosAnggaran(String kode, String kodePermendagri, Integer tahun, String tingkat, String nama, String induk,
            String unit, String indikatorKeluaran, BigDecimal paguMurni, BigDecimal paguPerubahan, BigDecimal realisasi,
            BigDecimal progresFisik, List<String> sasaran, List<String> indikator) {
    }

    public record PerjanjianKinerja(String kode, Integer tahun, String menggantikan, String alasanPerubahan, String unit,
            String pihakPertama, String pihakKedua, String induk, String tempat, String tanggal, String presisiTanggal,
            BigDecimal totalTertulis, String totalTerbilang, String status, String ditandatanganiPada,
            List<BarisPk> baris, List<ProgramPk> program) {
    }

    public record BarisPk(String sasaranTeks, String sasaran, String indikatorTeks, String indikator, String satuan,
            BigDecimal targetNilai, String targetLabel) {
    }

    public record ProgramPk(String namaProgram, String posAnggaran, BigDecimal jumlah, String sumberDana) {
    }

    public record RencanaAksi(String indikator, Integer tahun, Integer triwulan, BigDecimal targetNilai, String targetLabel,
            String uraian) {
    }

    public record Realisasi(String indikator, Integer tahun, String periode, String statusNilai, BigDecimal nilai,
            Integer tahunAsal, String label, String catatan, Penjelasan penjelasan, String statusAlur,
            String alasanDikembalikan, List<Bukti> bukti) {
    }

    public record Penjelasan(String faktorPendukung, String faktorPenghambat, String solusi, String upaya) {
    }

    public record Bukti(String namaBerkas, String jenisKonten, String diunggahPada, String isiBase64) {
    }

    public record Evaluasi(Integer tahun, String evaluator, String nomorLhe, String tanggalLhe, BigDecimal nilaiTertulis,
            String predikatTertulis, List<Komponen> komponen, List<Rekomendasi> rekomendasi) {
    }

    public record Komponen(String nama, BigDecimal bobot, BigDecimal nilai) {
    }

    public record Rekomendasi(String area, String teks, String status, String tindakLanjut) {
    }

    public record Keputusan(Integer tahun, String jenis, String unit, String uraian, String dasar) {
    }

    public record Narasi(Integer tahun, String bagian, String judul, String isi) {
    }
}
