package id.akuntara.core.domain.rencana;

/** A plan document with a period of years (RPJMD, Renstra). */
public interface DokumenRencana {

    int getTahunMulai();

    int getTahunSelesai();

    default boolean mencakup(int tahun) {
        return tahun >= getTahunMulai() && tahun <= getTahunSelesai();
    }
}
