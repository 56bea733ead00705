package id.akuntara.core.domain.organisasi;

/** How a unit version follows another. */
public enum JenisPerubahanUnit {
    GANTI_NAMA, PINDAH_INDUK, GABUNG, PECAH, BUBAR
}
