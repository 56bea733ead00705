package id.akuntara.reports;

import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.spi.TenantPlugin;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Renders the reports of a pemda-year from a {@link BahanLaporan}: the annual performance report (template
 * {@code laporan-tahunan}) and the year's Perjanjian Kinerja documents ({@code perjanjian-kinerja}), in Bahasa
 * Indonesia ({@link #INDONESIA}, the default) or English. Every label comes from the bundle
 * {@code id/akuntara/reports/laporan_<bahasa>.properties}; every figure from the read model. Thread-safe; keep one
 * instance (its {@link KatalogTemplat} compiles each template once).
 */
public final class LayananLaporan {

    public static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    static final String BUNDEL = "id.akuntara.reports.laporan";

    private static final List<String> SUB = List.of("narasi", "tabel-pk", "tabel-indikator", "tabel-sasaran",
            "tabel-anggaran", "tabel-jejak", "tabel-program");

    private final KatalogTemplat katalog;

    public LayananLaporan() {
        this(new KatalogTemplat());
    }

    public LayananLaporan(KatalogTemplat katalog) {
        this.katalog = katalog;
    }

    /** The labels of a language; {@code id} unless the language is English. */
    public static ResourceBundle label(Locale bahasa) {
        Locale l = "en".equals(bahasa.getLanguage()) ? Locale.ENGLISH : INDONESIA;
        return ResourceBundle.getBundle(BUNDEL, l, LayananLaporan.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The annual report of the material's pemda-year. */
    public void laporanTahunan(BahanLaporan b, TenantPlugin plugin, FormatLaporan format, Locale bahasa,
            OutputStream keluar) {
        ResourceBundle label = label(bahasa);
        KinerjaTahunan k = b.kinerja();
        Map<String, Object> p = dasar(b.kodePemda(), plugin, bahasa, label);
        p.put("NAMA_LAPORAN", b.namaLaporan());
        p.put("NAMA_PEMDA", b.namaPemda());
        p.put("KEPALA_DAERAH", b.kepalaDaerah());
        p.put("TAHUN", String.valueOf(b.tahun()));
        p.put("SEBARAN_ATAS", String.valueOf(k.sebaran().diAtas100()));
        p.put("SEBARAN_SAMA", String.valueOf(k.sebaran().sama100()));
        p.put("SEBARAN_BAWAH", String.valueOf(k.sebaran().diBawah100()));
        p.put("SEBARAN_TANPA", String.valueOf(k.sebaran().tanpaNilai()));
        p.put("SERAPAN_TOTAL", k.anggaran().total() == null ? BarisLaporan.KOSONG
                : BarisLaporan.tampil(k.anggaran().total().serapan()));
        p.put("DATA_IKHTISAR", data(BarisLaporan.narasi(b.narasi(), "IKHTISAR", "IKHTISAR EKSEKUTIF")));
        p.put("DATA_BAB1", data(BarisLaporan.narasi(b.narasi(), "BAB I")));
        p.put("DATA_BAB2", data(BarisLaporan.narasi(b.narasi(), "BAB II")));
        p.put("DATA_BAB3", data(BarisLaporan.narasi(b.narasi(), "BAB III")));
        p.put("DATA_BAB4", data(BarisLaporan.narasi(b.narasi(), "BAB IV")));
        DokumenPk utama = b.pk().stream().filter(d -> d.induk() == null).findFirst()
                .orElse(b.pk().isEmpty() ? null : b.pk().get(0));
        p.put("JUDUL_PK", utama == null ? label.getString("pk.tidakAda")
                : MessageFormat.format(label.getString("pk.judulTabel"), utama.kode(), utama.pertama().jabatan()));
        p.put("DATA_PK", data(utama == null ? List.of() : BarisLaporan.pk(utama.baris())));
        p.put("DATA_INDIKATOR", data(BarisLaporan.indikator(k, label)));
        p.put("DATA_SASARAN", data(BarisLaporan.sasaran(k)));
        p.put("DATA_ANGGARAN", data(BarisLaporan.anggaran(k.anggaran(), label)));
        p.put("DATA_JEJAK", data(BarisLaporan.jejak(k)));
        isi(katalog.templat("laporan-tahunan", b.kodePemda(), plugin), p, new JREmptyDataSource(1), format, keluar);
    }

    /** The Perjanjian Kinerja documents of the year, one after another, each starting on a new page. */
    public void perjanjianKinerja(String kodePemda, String namaPemda, List<DokumenPk> pk, TenantPlugin plugin,
            FormatLaporan format, Locale bahasa, OutputStream keluar) {
        if (pk.isEmpty()) {
            throw new IllegalArgumentException("tidak ada perjanjian kinerja");
        }
        ResourceBundle label = label(bahasa);
        Map<String, Object> p = dasar(kodePemda, plugin, bahasa, label);
        p.put("NAMA_PEMDA", namaPemda);
        List<Map<String, ?>> dokumen = pk.stream().<Map<String, ?>>map(d -> DokumenPkBaris.baris(d, label,
                bahasa)).toList();
        isi(katalog.templat("perjanjian-kinerja", kodePemda, plugin), p, data(dokumen), format, keluar);
    }

    private Map<String, Object> dasar(String kodePemda, TenantPlugin plugin, Locale bahasa, ResourceBundle label) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, "en".equals(bahasa.getLanguage()) ? Locale.ENGLISH : INDONESIA);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, label);
        Map<String, Object> sub = new HashMap<>();
        sub.put(JRParameter.REPORT_LOCALE, p.get(JRParameter.REPORT_LOCALE));
        sub.put(JRParameter.REPORT_RESOURCE_BUNDLE, label);
        p.put("PARAM_SUB", sub);
        for (String nama : SUB) {
            p.put("SUB_" + nama.replace("tabel-", "").toUpperCase(Locale.ROOT), katalog.templat(nama, kodePemda, plugin));
        }
        return p;
    }

    private static void isi(JasperReport templat, Map<String, Object> parameter,
            net.sf.jasperreports.engine.JRDataSource sumber, FormatLaporan format, OutputStream keluar) {
        JasperPrint cetak;
        try {
            cetak = JasperFillManager.fillReport(templat, parameter, sumber);
        } catch (JRException e) {
            throw new IllegalStateException("laporan tidak dapat diisi: " + e.getMessage(), e);
        }
        PengeksporLaporan.tulis(cetak, format, keluar);
    }

    static JRMapCollectionDataSource data(List<Map<String, ?>> baris) {
        return new JRMapCollectionDataSource(baris);
    }

    /** Date as the PK prints it: "3 Januari 2022" (or "3 January 2022"). */
    static String tanggal(java.time.LocalDate t, Locale bahasa) {
        return t == null ? null : t.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                "en".equals(bahasa.getLanguage()) ? Locale.ENGLISH : INDONESIA));
    }
}
