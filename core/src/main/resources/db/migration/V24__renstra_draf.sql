-- Renstra drafts and Perubahan Renstra (issue 10, point 1). A Renstra is DRAF while it is being written and
-- DITETAPKAN once adopted; only a draft can change. A draft's tujuan → sasaran → indikator → targets are its
-- working copy (naskah, JSON) and count for nothing until it is adopted: adoption writes them into the plan's
-- records (same code = same indicator, so realisasi, PK rows and IKU membership stay attached). The version a
-- Perubahan replaces keeps, from then on, a frozen copy of its tree in naskah, so it stays readable as it was.
-- Existing Renstras (the built-in packages) are adopted plans.
ALTER TABLE renstra ADD COLUMN status text NOT NULL DEFAULT 'DITETAPKAN' CHECK (status IN ('DRAF', 'DITETAPKAN'));
ALTER TABLE renstra ADD COLUMN alasan_perubahan text;
ALTER TABLE renstra ADD COLUMN naskah text;
ALTER TABLE renstra ADD CHECK (status = 'DITETAPKAN' OR naskah IS NOT NULL);
ALTER TABLE renstra ADD CHECK (menggantikan_id IS NULL OR status = 'DITETAPKAN' OR alasan_perubahan IS NOT NULL);

ALTER TABLE renstra_aud ADD COLUMN status text;
ALTER TABLE renstra_aud ADD COLUMN alasan_perubahan text;
ALTER TABLE renstra_aud ADD COLUMN naskah text;

COMMENT ON COLUMN renstra.status IS 'DRAF (dapat diubah) atau DITETAPKAN';
COMMENT ON COLUMN renstra.naskah IS 'Pohon tujuan-sasaran-indikator-target (JSON): salinan kerja draf, atau salinan beku versi yang digantikan';
