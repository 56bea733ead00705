package id.akuntara.core.reviu;

import java.util.Objects;

/**
 * One data row of a worksheet, as text. {@code baris} is the 1-based line of the file (the header is line 1), so
 * messages point to the row a person sees in a spreadsheet.
 */
public record BarisLembarKerja(int baris, String jenis, String id, String induk, String uraian, String polaritas,
        String target, String realisasi, String tercetak) {

    public BarisLembarKerja {
        jenis = bersih(jenis);
        id = bersih(id);
        induk = bersih(induk);
        uraian = bersih(uraian);
        polaritas = bersih(polaritas);
        target = bersih(target);
        realisasi = bersih(realisasi);
        tercetak = bersih(tercetak);
    }

    private static String bersih(String s) {
        return Objects.requireNonNullElse(s, "").strip();
    }

    /** The cell of a column. */
    public String sel(Kolom kolom) {
        return switch (kolom) {
            case JENIS -> jenis;
            case ID -> id;
            case INDUK -> induk;
            case URAIAN -> uraian;
            case POLARITAS -> polaritas;
            case TARGET -> target;
            case REALISASI -> realisasi;
            case TERCETAK -> tercetak;
        };
    }
}
