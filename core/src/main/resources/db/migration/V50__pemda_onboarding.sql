-- Onboarding a new pemda by the platform's admin (issue 13 point 4): the registry row is written by the
-- application, so the application role may INSERT it (never UPDATE or DELETE: a pemda's code is the alias of its
-- Keycloak organization and the tenant_id of all its rows). The province is kept as data. The code's form is
-- checked here too: kota-/kab-/prov- followed by the name in kebab case, matching the level.
ALTER TABLE pemda ADD COLUMN provinsi VARCHAR(100);
UPDATE pemda SET provinsi = CASE kode
    WHEN 'kota-pangkalpinang' THEN 'Kepulauan Bangka Belitung'
    WHEN 'kota-tanjungpinang' THEN 'Kepulauan Riau'
    WHEN 'kab-klungkung' THEN 'Bali'
    WHEN 'prov-kaltim' THEN 'Kalimantan Timur'
    ELSE nama END;
-- required by the onboarding use case; nullable here so that rows inserted by hand (tests, operators) stay valid
ALTER TABLE pemda ADD CONSTRAINT pemda_provinsi_isi CHECK (provinsi IS NULL OR btrim(provinsi) <> '');
ALTER TABLE pemda ADD CONSTRAINT pemda_nama_isi CHECK (btrim(nama) <> '');
ALTER TABLE pemda ADD CONSTRAINT pemda_kode_bentuk CHECK (
    kode ~ '^(kota|kab|prov)-[a-z0-9]+(-[a-z0-9]+)*$' AND length(kode) <= 64 AND (
        (tingkat = 'KOTA' AND kode LIKE 'kota-%')
        OR (tingkat = 'KABUPATEN' AND kode LIKE 'kab-%')
        OR (tingkat = 'PROVINSI' AND kode LIKE 'prov-%')));

COMMENT ON COLUMN pemda.provinsi IS 'Provinsi tempat pemda berada (untuk provinsi: dirinya sendiri)';

GRANT INSERT ON pemda TO ${appRole};
