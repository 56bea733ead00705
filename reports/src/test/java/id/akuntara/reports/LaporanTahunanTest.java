package id.akuntara.reports;

import id.akuntara.core.pengukuran.KinerjaIndikator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the annual report of the four built-in regions and reads it back (PDFBox, POI): the figures printed are
 * the read model's {@code tampil} strings, the cover carries the configured report name, and the English edition
 * has English labels only.
 */
class LaporanTahunanTest {

    /** One service for the class: templates are compiled once (KatalogTemplatTest checks the cache). */
    static final LayananLaporan LAYANAN = new LayananLaporan();

    static Stream<Wilayah> wilayah() {
        return Stream.of(Wilayah.PANGKALPINANG, Wilayah.TANJUNGPINANG, Wilayah.KLUNGKUNG, Wilayah.KALTIM);
    }

    static byte[] render(Wilayah w, FormatLaporan f, Locale bahasa) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LAYANAN.laporanTahunan(w.bahan(), w.plugin(), f, bahasa, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wilayah")
    void pdfMemuatSampulDanSemuaAngkaReadModel(Wilayah w) {
        String t = Teks.dari(render(w, FormatLaporan.PDF, LayananLaporan.INDONESIA), FormatLaporan.PDF);
        assertTrue(t.contains(w.namaLaporan()), "nama laporan");
        assertTrue(t.contains(w.nama().toUpperCase(Locale.ROOT)), "nama pemda");
        assertTrue(t.contains("TAHUN " + w.tahun()), "tahun");
        assertTrue(t.contains(w.bahan().kepalaDaerah()), "kepala daerah");
        assertTrue(t.contains("BAB III AKUNTABILITAS KINERJA"));
        for (KinerjaIndikator i : w.kinerja().indikator()) {
            assertTrue(t.contains(BarisLaporan.tampil(i.capaian())), i.kode() + " capaian " + i.capaian().tampil());
        }
        w.kinerja().sasaran().forEach(s -> assertTrue(t.contains(BarisLaporan.tampil(s.capaian())), s.kode()));
        if (w.kinerja().anggaran().total() != null) {
            assertTrue(t.contains("TOTAL PEMDA"));
        }
        w.kinerja().jejak().stream().limit(5).forEach(j -> assertTrue(t.contains(j.id()), j.id()));
    }

    @Test
    void pangkalpinangMencetakSerapanTotalReadModelBukan8332DariSeed() throws IOException {
        Wilayah w = Wilayah.PANGKALPINANG;
        String serapan = w.kinerja().anggaran().total().serapan().tampil();
        assertEquals("88,08", serapan);
        String baris = Teks.pdf(render(w, FormatLaporan.PDF, LayananLaporan.INDONESIA)).lines()
                .filter(l -> l.contains("TOTAL PEMDA")).findFirst().orElseThrow();
        assertTrue(baris.endsWith(serapan), baris);
        assertFalse(baris.contains("83,32"), baris);
        String ikhtisar = Teks.pdf(render(w, FormatLaporan.PDF, LayananLaporan.INDONESIA)).lines()
                .filter(l -> l.startsWith("Serapan anggaran total")).findFirst().orElseThrow();
        assertTrue(ikhtisar.endsWith(serapan), ikhtisar);
        String xlsx = Teks.xlsx(render(w, FormatLaporan.XLSX, LayananLaporan.INDONESIA)).lines()
                .filter(l -> l.contains("TOTAL PEMDA")).findFirst().orElseThrow();
        assertTrue(xlsx.contains(serapan), xlsx);
        assertFalse(xlsx.contains("83,32"), xlsx);
    }

    @Test
    void kaltimIkEkppdDanKlungkungRcsPkTercetakDiSetiapFormat() {
        assertEquals("99,79", Wilayah.KALTIM.kinerja().indikator("IK-EKPPD").orElseThrow().capaian().tampil());
        assertEquals("108,37", Wilayah.KLUNGKUNG.kinerja().indikator("RCS-PK").orElseThrow().capaian().tampil());
        for (FormatLaporan f : FormatLaporan.values()) {
            String kaltim = Teks.dari(render(Wilayah.KALTIM, f, LayananLaporan.INDONESIA), f);
            assertTrue(kaltim.contains("IK-EKPPD") && kaltim.contains("99,79"), "Kaltim " + f);
            assertTrue(kaltim.contains("LKjIP") && kaltim.contains("Gubernur Kalimantan Timur"), "sampul " + f);
            String klungkung = Teks.dari(render(Wilayah.KLUNGKUNG, f, LayananLaporan.INDONESIA), f);
            assertTrue(klungkung.contains("RCS-PK") && klungkung.contains("108,37"), "Klungkung " + f);
        }
    }

    @Test
    void namaLaporanDariKonfigurasi() {
        assertEquals("LAKIP", Wilayah.PANGKALPINANG.bahan().namaLaporan());
        assertEquals("LKIP", Wilayah.TANJUNGPINANG.bahan().namaLaporan());
        // without a pemda setting the plugin/core layer gives LKjIP (no built-in package or plugin names another)
        var tanpa = PenyusunBahan.susun(Wilayah.TANJUNGPINANG.data(), Wilayah.TANJUNGPINANG.kinerja(),
                id.akuntara.core.plugin.PenyusunKonfigurasi.susun("kota-tanjungpinang", Wilayah.TANJUNGPINANG.plugin(),
                        id.akuntara.core.plugin.PengaturanPemda.KOSONG), "Kota Tanjungpinang");
        assertEquals("LKjIP", tanpa.namaLaporan());
    }

    @Test
    void edisiInggrisBerlabelInggrisSaja() {
        for (FormatLaporan f : FormatLaporan.values()) {
            String t = Teks.dari(render(Wilayah.KLUNGKUNG, f, Locale.ENGLISH), f);
            assertTrue(t.contains("CHAPTER III PERFORMANCE ACCOUNTABILITY"), f + " chapter");
            assertTrue(t.contains("Achievement (%)") && t.contains("Spent (Rp)") && t.contains("REGIONAL TOTAL"), f + "");
            assertTrue(t.contains("108,37"), f + " figure");
            for (String id : new String[] {"BAB III AKUNTABILITAS KINERJA", "Capaian (%)", "Realisasi (Rp)",
                "TOTAL PEMDA", "Halaman", "IKHTISAR EKSEKUTIF", "Disampaikan kepada"}) {
                assertFalse(t.contains(id), f + " still has '" + id + "'");
            }
        }
    }
}
