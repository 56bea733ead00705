package id.akuntara.core.application.realisasi;

import id.akuntara.core.pengukuran.KinerjaTahunan;

/**
 * What the realisasi use cases read from the one measurement path: the year's figures computed now (drafts included:
 * what a value is checked against before it is submitted), the figures as they stand (the snapshot once the year is
 * fixed) and whether it is fixed. On the server {@code PengukuranService}; in tests a {@code PengukuranPemda}.
 */
public interface PengukuranRealisasi {

    KinerjaTahunan hitung(int tahun);

    KinerjaTahunan kinerja(int tahun);

    boolean ditetapkan(int tahun);
}
