-- Budget realisation per quarter. The evaluation of the Renja (Permendagri 86/2017, evaluasi hasil Renja) records
-- the realisation of each sub-kegiatan per triwulan I–IV and the year's as their sum: realisasi is then the sum of
-- the quarters recorded so far. A line whose realisation came from a report as a year total has no quarters.
ALTER TABLE pos_anggaran
    ADD COLUMN realisasi_tw1 numeric(20,2),
    ADD COLUMN realisasi_tw2 numeric(20,2),
    ADD COLUMN realisasi_tw3 numeric(20,2),
    ADD COLUMN realisasi_tw4 numeric(20,2);

ALTER TABLE pos_anggaran_aud
    ADD COLUMN realisasi_tw1 numeric(20,2),
    ADD COLUMN realisasi_tw2 numeric(20,2),
    ADD COLUMN realisasi_tw3 numeric(20,2),
    ADD COLUMN realisasi_tw4 numeric(20,2);

ALTER TABLE pos_anggaran ADD CONSTRAINT realisasi_triwulan_tidak_negatif CHECK (
    coalesce(realisasi_tw1, 0) >= 0 AND coalesce(realisasi_tw2, 0) >= 0
    AND coalesce(realisasi_tw3, 0) >= 0 AND coalesce(realisasi_tw4, 0) >= 0);

-- When any quarter is recorded, the year's realisation is their sum (a second wall behind the entity).
ALTER TABLE pos_anggaran ADD CONSTRAINT realisasi_jumlah_triwulan CHECK (
    (realisasi_tw1 IS NULL AND realisasi_tw2 IS NULL AND realisasi_tw3 IS NULL AND realisasi_tw4 IS NULL)
    OR realisasi = coalesce(realisasi_tw1, 0) + coalesce(realisasi_tw2, 0) + coalesce(realisasi_tw3, 0)
        + coalesce(realisasi_tw4, 0));

COMMENT ON COLUMN pos_anggaran.realisasi_tw1 IS 'Realisasi anggaran triwulan I (bukan kumulatif); realisasi = jumlah triwulan yang tercatat';
