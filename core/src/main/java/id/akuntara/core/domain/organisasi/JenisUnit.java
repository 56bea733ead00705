package id.akuntara.core.domain.organisasi;

/**
 * Kinds of organisation unit seen in the seeds: kota/kabupaten Setda = Sekda &gt; 3 Asisten &gt; 9 Bagian (&gt;
 * Subbagian); provinsi = Sekda &gt; 3 Asisten &gt; 9 Biro &gt; 27 Bagian &gt; 81 Subbagian (Permendagri 56/2019,
 * kaltim-a orgUnits); Staf Ahli and fungsional groups sit outside the line.
 */
public enum JenisUnit {
    SEKRETARIAT_DAERAH, SEKRETARIS_DAERAH, ASISTEN, BIRO, BAGIAN, SUBBAGIAN, STAF_AHLI, KELOMPOK_FUNGSIONAL, LAINNYA
}
