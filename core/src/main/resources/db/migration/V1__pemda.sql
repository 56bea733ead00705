-- The tenant registry: one row per pemda (regional government). Its code is the alias of the
-- pemda's Keycloak organization, the value of the token's `organization` claim.
CREATE TABLE pemda (
    kode         VARCHAR(64)  PRIMARY KEY,
    nama         VARCHAR(200) NOT NULL,
    tingkat      VARCHAR(16)  NOT NULL CHECK (tingkat IN ('KOTA', 'KABUPATEN', 'PROVINSI')),
    zona_waktu   VARCHAR(32)  NOT NULL CHECK (zona_waktu IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
    nama_laporan VARCHAR(16)  NOT NULL CHECK (nama_laporan IN ('LAKIP', 'LKIP', 'LKjIP')),
    dibuat_pada  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

COMMENT ON TABLE pemda IS 'Pemerintah daerah (tenant) yang memakai Akuntara';

INSERT INTO pemda (kode, nama, tingkat, zona_waktu, nama_laporan) VALUES
    ('kota-pangkalpinang', 'Kota Pangkalpinang', 'KOTA', 'Asia/Jakarta', 'LAKIP'),
    ('kota-tanjungpinang', 'Kota Tanjungpinang', 'KOTA', 'Asia/Jakarta', 'LKIP'),
    ('kab-klungkung', 'Kabupaten Klungkung', 'KABUPATEN', 'Asia/Makassar', 'LKjIP'),
    ('prov-kaltim', 'Provinsi Kalimantan Timur', 'PROVINSI', 'Asia/Makassar', 'LKjIP');

GRANT SELECT ON pemda TO ${appRole};
