package id.akuntara.reports;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What JasperReports fills a report with: the compiled main template, its parameters and its rows, all already
 * prepared (blocks of the outline, table rows, drawn charts). {@link #sumber()} gives fresh data sources for each
 * filling, so one material can be filled many times (the benchmark fills the same rows again and again).
 *
 * @param templat   the compiled main template
 * @param parameter its parameters (labels, locale, cover texts, sub-template parameters)
 * @param baris     its rows; a row's {@value #BARIS} is the list of rows of its sub-template
 */
public record IsianLaporan(JasperReport templat, Map<String, Object> parameter, List<Map<String, Object>> baris) {

    /** The key of a row holding its sub-template's rows; the template reads them as field {@code data}. */
    static final String BARIS = "barisTabel";

    public IsianLaporan {
        parameter = java.util.Collections.unmodifiableMap(new HashMap<>(parameter));
        baris = List.copyOf(baris);
    }

    /** A fresh data source over the rows, each table's rows wrapped in a fresh one too. */
    public JRDataSource sumber() {
        return new JRMapCollectionDataSource(baris.stream().<Map<String, ?>>map(IsianLaporan::segar).toList());
    }

    /** A fresh copy of the parameters (JasperReports adds its own while filling). */
    public Map<String, Object> parameterSegar() {
        return new HashMap<>(parameter);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> segar(Map<String, Object> baris) {
        Object isi = baris.get(BARIS);
        if (!(isi instanceof List<?> daftar)) {
            return baris;
        }
        Map<String, Object> m = new HashMap<>(baris);
        m.put("data", new JRMapCollectionDataSource((List<Map<String, ?>>) daftar));
        return m;
    }
}
