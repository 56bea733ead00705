-- The read model of a fixed pemda-year (the measurement service's KinerjaTahunan) is stored whole, with the
-- rule-set version and a SHA-256 of its inputs, so a later change of rules or settings never changes what was
-- fixed, and a recomputation can be compared with it figure by figure (docs/domain-model.md "Snapshots").
-- It replaces hasil_capaian, a per-indicator snapshot that only tests ever wrote.
DROP TABLE hasil_capaian_aud;
DROP TABLE hasil_capaian;

CREATE TABLE snapshot_kinerja (
    id              uuid         NOT NULL,
    tenant_id       VARCHAR(64)  NOT NULL REFERENCES pemda (kode),
    versi           bigint       NOT NULL,
    tahun           integer      NOT NULL,
    versi_aturan    text         NOT NULL,
    sidik_masukan   CHAR(64)     NOT NULL,
    isi             text         NOT NULL,
    ditetapkan_pada timestamp(6) with time zone NOT NULL,
    ditetapkan_oleh text         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, tahun)
);

-- Not audited: a snapshot is never changed, and its row records who fixed it and when.
CALL akuntara_pisahkan_tenant('snapshot_kinerja');

-- A snapshot is appended, never changed or removed by the application.
GRANT SELECT, INSERT ON snapshot_kinerja TO ${appRole};

COMMENT ON TABLE snapshot_kinerja IS 'Model baca kinerja satu tahun yang ditetapkan: isi JSON, versi aturan, sidik SHA-256 masukan';
