package id.akuntara.reports;

import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.spi.TenantPlugin;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
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

    /** The annual report of the material's pemda-year, in the order of its outline ({@link SusunanLaporan}). */
    public void laporanTahunan(BahanLaporan b, TenantPlugin plugin, FormatLaporan format, Locale bahasa,
            OutputStream keluar) {
        if (format == FormatLaporan.XLSX) {
            // a workbook of its tables, from the same blocks and rows the templates print
            ResourceBundle label = label(bahasa);
            BukuKerja.laporanTahunan(b, SusunanLaporan.blok(b, label, bahasa), label, keluar);
            return;
        }
        isi(isianTahunan(b, plugin, bahasa), format, keluar);
    }

    /**
     * Everything the annual report is filled with: the blocks of the outline with their rows and charts, the cover's
     * texts, the compiled templates. {@link #laporanTahunan} fills and exports it; a benchmark may fill it again.
     */
    public IsianLaporan isianTahunan(BahanLaporan b, TenantPlugin plugin, Locale bahasa) {
        ResourceBundle label = label(bahasa);
        Map<String, Object> p = dasar(bahasa, label);
        @SuppressWarnings("unchecked")
        Map<String, Object> sub = (Map<String, Object>) p.get("PARAM_SUB");
        sub.put("TAHUN", String.valueOf(b.tahun()));
        sub.put("TAHUN_LALU", String.valueOf(b.tahun() - 1));
        p.put("NAMA_LAPORAN", b.namaLaporan());
        p.put("SUBJUDUL", label.containsKey("sampul.subjudul." + b.namaLaporan())
                ? label.getString("sampul.subjudul." + b.namaLaporan()) : label.getString("sampul.subjudul"));
        p.put("NAMA_PEMDA", b.namaPemda());
        p.put("KEPALA_DAERAH", b.kepalaDaerah());
        p.put("TAHUN", String.valueOf(b.tahun()));
        p.put("LOGO", logo(b.logo(), b.namaPemda()));
        List<Map<String, Object>> baris = new java.util.ArrayList<>();
        int grup = 0;
        for (Blok blok : SusunanLaporan.susun(b, label, bahasa)) {
            if (blok.pembuka()) {
                grup++;
            }
            baris.add(blok.baris(blok.templat() == null ? null : katalog.templat(blok.templat(), b.kodePemda(), plugin),
                    grup, !baris.isEmpty()));
        }
        return new IsianLaporan(katalog.templat("laporan-tahunan", b.kodePemda(), plugin), p, baris);
    }

    /** The Perjanjian Kinerja documents of the year under the neutral emblem (a pemda without a logo). */
    public void perjanjianKinerja(String kodePemda, String namaPemda, List<DokumenPk> pk, TenantPlugin plugin,
            FormatLaporan format, Locale bahasa, OutputStream keluar) {
        perjanjianKinerja(kodePemda, namaPemda, null, pk, plugin, format, bahasa, keluar);
    }

    /**
     * The Perjanjian Kinerja documents of the year, one after another, each starting on a new page under the pemda's
     * logo ({@code logo}: PNG bytes, {@link PenyusunBahan#logo}; null: the neutral emblem).
     */
    public void perjanjianKinerja(String kodePemda, String namaPemda, byte[] logo, List<DokumenPk> pk,
            TenantPlugin plugin, FormatLaporan format, Locale bahasa, OutputStream keluar) {
        if (pk.isEmpty()) {
            throw new IllegalArgumentException("tidak ada perjanjian kinerja");
        }
        ResourceBundle label = label(bahasa);
        List<Map<String, Object>> dokumen = pk.stream().<Map<String, Object>>map(d -> new HashMap<>(DokumenPkBaris.baris(d,
                label, bahasa))).toList();
        if (format == FormatLaporan.XLSX) {
            BukuKerja.perjanjianKinerja(namaPemda, dokumen, label, keluar);
            return;
        }
        Map<String, Object> p = dasar(bahasa, label);
        p.put("NAMA_PEMDA", namaPemda);
        p.put("LOGO", logo(logo, namaPemda));
        p.put("SUB_PK", katalog.templat("tabel-pk", kodePemda, plugin));
        p.put("SUB_PROGRAM", katalog.templat("tabel-program", kodePemda, plugin));
        isi(new IsianLaporan(katalog.templat("perjanjian-kinerja", kodePemda, plugin), p, dokumen), format, keluar);
    }

    /** The pemda's logo, else the neutral emblem drawn with its name. */
    private static byte[] logo(byte[] logo, String namaPemda) {
        return logo != null ? logo : Grafik.lambang(namaPemda);
    }

    private static Map<String, Object> dasar(Locale bahasa, ResourceBundle label) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, "en".equals(bahasa.getLanguage()) ? Locale.ENGLISH : INDONESIA);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, label);
        Map<String, Object> sub = new HashMap<>();
        sub.put(JRParameter.REPORT_LOCALE, p.get(JRParameter.REPORT_LOCALE));
        sub.put(JRParameter.REPORT_RESOURCE_BUNDLE, label);
        p.put("PARAM_SUB", sub);
        return p;
    }

    /** Fills the material and writes it in the format; nothing is written when filling fails. */
    public static void isi(IsianLaporan isian, FormatLaporan format, OutputStream keluar) {
        JasperPrint cetak;
        try {
            cetak = JasperFillManager.fillReport(isian.templat(), isian.parameterSegar(), isian.sumber());
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
