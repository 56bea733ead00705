package id.akuntara.reports;

import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.spi.KerangkaLaporan;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a report of a pemda-year shows: the read model (every figure, already formatted the pemda's way), the
 * outline in force, and the data's words and records (organisation, staff tables, plan, narrative, PK). Built by
 * {@link PenyusunBahan}; nothing in it is computed for the report.
 *
 * @param kodePemda    the pemda's code
 * @param namaPemda    its display name ("Kota Pangkalpinang")
 * @param namaLaporan  the report's name from the configuration in force (core → plugin → pemda): LKjIP, LKIP, LAKIP
 * @param kepalaDaerah the head of region as the report addresses them ("Walikota Pangkalpinang")
 * @param tahun        the year
 * @param kinerja      the read model of the year
 * @param kerangka     the report outline in force (core → plugin → pemda): which sections, in which order
 * @param narasi       the narrative sections of the year, in the data's order
 * @param pk           the Perjanjian Kinerja documents of the year
 * @param organisasi   the organisation at the end of the year (for the chart of BAB I), may be empty
 * @param sdm          the staff tables of the latest date in the year (BAB I), may be empty
 * @param renstra      the plan's indicators with their Renstra targets (BAB II), may be empty
 * @param riwayat      the read models of the plan's years up to the report's year, ascending, each year's own
 *                     (BAB III's trend); empty when there is no trend to show
 * @param logo         the pemda's logo as PNG bytes ({@code pengaturan.logo}); null: the cover draws a neutral emblem
 */
public record BahanLaporan(String kodePemda, String namaPemda, String namaLaporan, String kepalaDaerah, int tahun,
        KinerjaTahunan kinerja, KerangkaLaporan kerangka, List<Narasi> narasi, List<DokumenPk> pk,
        Organisasi organisasi, Sdm sdm, List<Renstra> renstra, List<KinerjaTahunan> riwayat, byte[] logo) {

    public BahanLaporan {
        narasi = List.copyOf(narasi);
        pk = List.copyOf(pk);
        renstra = List.copyOf(renstra);
        riwayat = List.copyOf(riwayat);
    }

    /** The material without a trend and with the default emblem. */
    public BahanLaporan(String kodePemda, String namaPemda, String namaLaporan, String kepalaDaerah, int tahun,
            KinerjaTahunan kinerja, KerangkaLaporan kerangka, List<Narasi> narasi, List<DokumenPk> pk,
            Organisasi organisasi, Sdm sdm, List<Renstra> renstra) {
        this(kodePemda, namaPemda, namaLaporan, kepalaDaerah, tahun, kinerja, kerangka, narasi, pk, organisasi, sdm,
                renstra, List.of(), null);
    }

    /** The same material with the read models of the plan's years (BAB III's trend). */
    public BahanLaporan denganRiwayat(List<KinerjaTahunan> riwayatBaru) {
        return new BahanLaporan(kodePemda, namaPemda, namaLaporan, kepalaDaerah, tahun, kinerja, kerangka, narasi, pk,
                organisasi, sdm, renstra, riwayatBaru, logo);
    }

    /**
     * One narrative section as the data hold it.
     *
     * @param bagian where it belongs ("BAB III.1.S1", "IKHTISAR EKSEKUTIF", "LAMPIRAN")
     * @param judul  its heading
     * @param isi    its text
     */
    public record Narasi(String bagian, String judul, String isi) {
    }

    /**
     * The organisation units in force on a date, in the data's order.
     *
     * @param perTanggal the date (the last day of the report's year)
     * @param unit       the units in force then
     */
    public record Organisasi(LocalDate perTanggal, List<Unit> unit) {

        public Organisasi {
            unit = List.copyOf(unit);
        }

        public static Organisasi kosong(LocalDate perTanggal) {
            return new Organisasi(perTanggal, List.of());
        }
    }

    /** One unit: code, name, kind ({@code BIRO}, {@code BAGIAN} …) and its parent's code (null for the top). */
    public record Unit(String kode, String nama, String jenis, String induk) {
    }

    /**
     * The staff tables of one date as the data hold them (pegawai by status, golongan, education …).
     *
     * @param perTanggal the date the counts are for, null when there are none
     * @param baris      the counts, in the data's order
     */
    public record Sdm(LocalDate perTanggal, List<BarisSdm> baris) {

        public Sdm {
            baris = List.copyOf(baris);
        }

        public static final Sdm KOSONG = new Sdm(null, List.of());
    }

    /** One count: its dimension ({@code STATUS}, {@code GOLONGAN} …), the group of staff, the category and the number. */
    public record BarisSdm(String dimensi, String kelompok, String kategori, int jumlah) {
    }

    /**
     * One indicator of the plan as BAB II shows it: tujuan and sasaran it serves, its unit, its Renstra target of the
     * year and of the plan's last year, as the data write them.
     */
    public record Renstra(String tujuan, String sasaran, String kodeIndikator, String indikator, String satuan,
            String targetTahun, String targetAkhir) {
    }
}
