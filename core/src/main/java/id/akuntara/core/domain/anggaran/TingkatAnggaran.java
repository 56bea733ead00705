package id.akuntara.core.domain.anggaran;

/**
 * Budget nomenclature levels: program → kegiatan → sub-kegiatan (Permendagri 90/2019); 2020 reports still use the
 * older program → kegiatan (domain.md step 7).
 */
public enum TingkatAnggaran {
    PROGRAM, KEGIATAN, SUB_KEGIATAN;

    /** The level a child of this level has. */
    public boolean indukYangSahUntuk(TingkatAnggaran anak) {
        return anak.ordinal() == ordinal() + 1;
    }
}
