package id.akuntara.core.domain.kepegawaian;

/**
 * How a person holds a position, with the prefix printed before the position's name (kaltim-c people: "Pj.
 * Sekretaris Daerah", "Plt. Asisten Pemerintahan dan Kesejahteraan Rakyat", "Plh. Kepala Biro Adpim"; BKN
 * Surat Edaran 1/SE/I/2021 on Plt. and Plh.).
 */
public enum JenisPenugasan {
    /** Definitive holder: no prefix. */
    DEFINITIF(""),
    /** Pelaksana Tugas: acting while the position is vacant or the holder is permanently absent. */
    PLT("Plt. "),
    /** Penjabat: interim holder appointed to a vacant position (e.g. Pj. Sekretaris Daerah). */
    PJ("Pj. "),
    /** Pelaksana Harian: daily stand-in while the holder is temporarily absent. */
    PLH("Plh. ");

    private final String awalan;

    JenisPenugasan(String awalan) {
        this.awalan = awalan;
    }

    public String awalan() {
        return awalan;
    }
}
