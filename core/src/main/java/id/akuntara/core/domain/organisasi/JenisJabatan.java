package id.akuntara.core.domain.organisasi;

/** Kinds of position: head of region (Gubernur/Walikota/Bupati, elected), structural, functional, executing staff. */
public enum JenisJabatan {
    KEPALA_DAERAH, STRUKTURAL, FUNGSIONAL, PELAKSANA
}
