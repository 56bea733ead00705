-- Built-in data packages loaded at first start: one row per pemda whose package was imported, so a restart does
-- not import it again (docs/data-package.md "First start"). Written in the same transaction as the import.
-- Platform bookkeeping rather than tenant data (no tenant_id), but still visible and writable only for the pemda
-- the connection works for, like tenant rows.
CREATE TABLE paket_dimuat (
    pemda       VARCHAR(64)  PRIMARY KEY REFERENCES pemda (kode),
    sumber      VARCHAR(300) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    dimuat_pada TIMESTAMPTZ  NOT NULL DEFAULT now()
);
COMMENT ON TABLE paket_dimuat IS 'Paket data bawaan plugin yang sudah dimuat untuk pemda: sumber, sidik SHA-256, waktu';
ALTER TABLE paket_dimuat ENABLE ROW LEVEL SECURITY;
ALTER TABLE paket_dimuat FORCE ROW LEVEL SECURITY;
CREATE POLICY isolasi_pemda ON paket_dimuat
    USING (pemda = current_setting('akuntara.tenant', true))
    WITH CHECK (pemda = current_setting('akuntara.tenant', true));
GRANT SELECT, INSERT ON paket_dimuat TO ${appRole};
