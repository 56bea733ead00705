package id.akuntara.core.domain.pemda;

/** Level of government; each level has its own plugin (tenant-kota, tenant-kabupaten, tenant-provinsi). */
public enum Tingkat {
    KOTA, KABUPATEN, PROVINSI
}
