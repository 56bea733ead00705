-- A pemda's logo for the report's cover and the PK's header (issue 12): a PNG image in base64 as the data package
-- writes it (pengaturan.logo, checked by the package check: PNG signature, at most 512 KiB); null = the report draws
-- a neutral emblem with the pemda's name. Numbered apart from the migrations of parallel work (V32-V35 left free).
ALTER TABLE pengaturan_pemda ADD COLUMN logo text CHECK (logo IS NULL OR btrim(logo) <> '');
ALTER TABLE pengaturan_pemda_aud ADD COLUMN logo text;
