package id.akuntara.spi;

import java.util.List;

/**
 * Keys every plugin's terminology bundle must define, in Bahasa Indonesia (the base bundle) and in English
 * ({@code _en}). Core adds level-independent terms of its own; a pemda may override any key.
 */
public final class KunciTerminologi {

    /** "Kota" / "City". */
    public static final String DAERAH = "daerah";
    /** "Pemerintah Kota" / "City Government". */
    public static final String PEMERINTAH_DAERAH = "pemerintahDaerah";
    /** "Walikota" / "Mayor". */
    public static final String KEPALA_DAERAH = "kepalaDaerah";
    /** "Wakil Walikota" / "Deputy Mayor". */
    public static final String WAKIL_KEPALA_DAERAH = "wakilKepalaDaerah";
    /** "Sekretariat Daerah Kota" / "City Regional Secretariat". */
    public static final String SEKRETARIAT_DAERAH = "sekretariatDaerah";
    /** "Sekretaris Daerah" / "Regional Secretary". */
    public static final String SEKRETARIS_DAERAH = "sekretarisDaerah";
    /** Prefix of the names of the structure levels: {@code jenjang.<kode>} for every level of the template. */
    public static final String AWALAN_JENJANG = "jenjang.";

    /** The keys every bundle defines, besides one {@code jenjang.<kode>} per level of the structure template. */
    public static final List<String> WAJIB = List.of(DAERAH, PEMERINTAH_DAERAH, KEPALA_DAERAH, WAKIL_KEPALA_DAERAH,
            SEKRETARIAT_DAERAH, SEKRETARIS_DAERAH);

    private KunciTerminologi() {
    }
}
