-- A budget line whose realisation the report leaves blank has no realisasi, not a realisasi of zero:
-- serapan is then "tidak dapat dihitung" instead of a false 0 %.
ALTER TABLE pos_anggaran ALTER COLUMN realisasi DROP NOT NULL;
