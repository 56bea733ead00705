-- A pemda's own report settings (issue 12), each null to keep the default: the report's name (over the registry's
-- pemda.nama_laporan), the head of region as the report addresses them, and the report outline as JSON in the data
-- package's form (pengaturan.kerangkaLaporan). Numbered apart from the migrations of parallel work (V11-V30 left free).
ALTER TABLE pengaturan_pemda ADD COLUMN nama_laporan text CHECK (nama_laporan IS NULL OR btrim(nama_laporan) <> '');
ALTER TABLE pengaturan_pemda ADD COLUMN kepala_daerah text CHECK (kepala_daerah IS NULL OR btrim(kepala_daerah) <> '');
ALTER TABLE pengaturan_pemda ADD COLUMN kerangka_laporan text;
ALTER TABLE pengaturan_pemda_aud ADD COLUMN nama_laporan text;
ALTER TABLE pengaturan_pemda_aud ADD COLUMN kepala_daerah text;
ALTER TABLE pengaturan_pemda_aud ADD COLUMN kerangka_laporan text;
