-- Plans: RPJMD, Renstra (versions), tujuan, sasaran, indicators, composites, IKU sets, targets per source.

CREATE TABLE rpjmd (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    dasar_hukum text,
    kode text not null,
    nama text not null,
    tahun_mulai integer not null,
    tahun_selesai integer not null,
    visi text,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode)
);

CREATE TABLE rpjmd_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    dasar_hukum text,
    kode text,
    nama text,
    tahun_mulai integer,
    tahun_selesai integer,
    visi text,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('rpjmd');
CALL akuntara_pisahkan_tenant('rpjmd_aud');

GRANT SELECT, INSERT, UPDATE ON rpjmd TO ${appRole};
GRANT SELECT, INSERT ON rpjmd_aud TO ${appRole};

CREATE TABLE misi (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    nomor integer not null,
    teks text not null,
    rpjmd_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, rpjmd_id, nomor),
    FOREIGN KEY (tenant_id, rpjmd_id) REFERENCES rpjmd (tenant_id, id)
);

CREATE TABLE misi_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    nomor integer,
    teks text,
    rpjmd_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('misi');
CALL akuntara_pisahkan_tenant('misi_aud');

GRANT SELECT, INSERT, UPDATE ON misi TO ${appRole};
GRANT SELECT, INSERT ON misi_aud TO ${appRole};

CREATE TABLE renstra (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    dasar_hukum text,
    ditetapkan date,
    jenis_versi text not null check (jenis_versi in ('MURNI','PERUBAHAN')),
    kode text not null,
    nama text not null,
    tahun_mulai integer not null,
    tahun_selesai integer not null,
    menggantikan_id uuid,
    rpjmd_id uuid,
    unit_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, menggantikan_id) REFERENCES renstra (tenant_id, id),
    FOREIGN KEY (tenant_id, rpjmd_id) REFERENCES rpjmd (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE renstra_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    dasar_hukum text,
    ditetapkan date,
    jenis_versi text,
    kode text,
    nama text,
    tahun_mulai integer,
    tahun_selesai integer,
    menggantikan_id uuid,
    rpjmd_id uuid,
    unit_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('renstra');
CALL akuntara_pisahkan_tenant('renstra_aud');

GRANT SELECT, INSERT, UPDATE ON renstra TO ${appRole};
GRANT SELECT, INSERT ON renstra_aud TO ${appRole};

CREATE TABLE tujuan (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    kode text not null,
    teks text not null,
    misi_id uuid,
    renstra_id uuid,
    rpjmd_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, misi_id) REFERENCES misi (tenant_id, id),
    FOREIGN KEY (tenant_id, renstra_id) REFERENCES renstra (tenant_id, id),
    FOREIGN KEY (tenant_id, rpjmd_id) REFERENCES rpjmd (tenant_id, id)
);

CREATE TABLE tujuan_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    kode text,
    teks text,
    misi_id uuid,
    renstra_id uuid,
    rpjmd_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('tujuan');
CALL akuntara_pisahkan_tenant('tujuan_aud');

GRANT SELECT, INSERT, UPDATE ON tujuan TO ${appRole};
GRANT SELECT, INSERT ON tujuan_aud TO ${appRole};

CREATE TABLE sasaran (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    kode text not null,
    teks text not null,
    tujuan_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, tujuan_id) REFERENCES tujuan (tenant_id, id)
);

CREATE TABLE sasaran_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    kode text,
    teks text,
    tujuan_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('sasaran');
CALL akuntara_pisahkan_tenant('sasaran_aud');

GRANT SELECT, INSERT, UPDATE ON sasaran TO ${appRole};
GRANT SELECT, INSERT ON sasaran_aud TO ${appRole};

CREATE TABLE strategi_kebijakan (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    jenis text not null check (jenis in ('STRATEGI','ARAH_KEBIJAKAN')),
    teks text not null,
    urutan integer not null,
    renstra_id uuid not null,
    sasaran_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, renstra_id) REFERENCES renstra (tenant_id, id),
    FOREIGN KEY (tenant_id, sasaran_id) REFERENCES sasaran (tenant_id, id)
);

CREATE TABLE strategi_kebijakan_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    jenis text,
    teks text,
    urutan integer,
    renstra_id uuid,
    sasaran_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('strategi_kebijakan');
CALL akuntara_pisahkan_tenant('strategi_kebijakan_aud');

GRANT SELECT, INSERT, UPDATE ON strategi_kebijakan TO ${appRole};
GRANT SELECT, INSERT ON strategi_kebijakan_aud TO ${appRole};

CREATE TABLE indikator_kinerja (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    desimal integer not null,
    formula text,
    jenis text not null check (jenis in ('RASIO','SKOR_EKSTERNAL','INDEKS_SURVEI','KOMPOSIT_TERTIMBANG','JUMLAH','RATA_RATA_CAPAIAN','PROPORSI_UNIT','LAINNYA')),
    kode text not null,
    kondisi_awal_label text,
    kondisi_awal_nilai numeric(20,6),
    kondisi_awal_tahun integer,
    nama text not null,
    polaritas text not null check (polaritas in ('NAIK','TURUN')),
    satuan text,
    sumber_data text,
    tingkat text not null check (tingkat in ('TUJUAN','SASARAN','PROGRAM','KEGIATAN','SUB_KEGIATAN')),
    sasaran_id uuid,
    tujuan_id uuid,
    unit_penanggung_jawab_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, sasaran_id) REFERENCES sasaran (tenant_id, id),
    FOREIGN KEY (tenant_id, tujuan_id) REFERENCES tujuan (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_penanggung_jawab_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE indikator_kinerja_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    desimal integer,
    formula text,
    jenis text,
    kode text,
    kondisi_awal_label text,
    kondisi_awal_nilai numeric(20,6),
    kondisi_awal_tahun integer,
    nama text,
    polaritas text,
    satuan text,
    sumber_data text,
    tingkat text,
    sasaran_id uuid,
    tujuan_id uuid,
    unit_penanggung_jawab_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('indikator_kinerja');
CALL akuntara_pisahkan_tenant('indikator_kinerja_aud');

GRANT SELECT, INSERT, UPDATE ON indikator_kinerja TO ${appRole};
GRANT SELECT, INSERT ON indikator_kinerja_aud TO ${appRole};

CREATE TABLE anggota_komposit (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    bobot numeric(9,4),
    indikator_id uuid,
    komposit_id uuid not null,
    unit_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator_kinerja (tenant_id, id),
    FOREIGN KEY (tenant_id, komposit_id) REFERENCES indikator_kinerja (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE anggota_komposit_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    bobot numeric(9,4),
    indikator_id uuid,
    komposit_id uuid,
    unit_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('anggota_komposit');
CALL akuntara_pisahkan_tenant('anggota_komposit_aud');

GRANT SELECT, INSERT, UPDATE, DELETE ON anggota_komposit TO ${appRole};
GRANT SELECT, INSERT ON anggota_komposit_aud TO ${appRole};

CREATE TABLE iku (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    dasar_hukum text,
    kode text not null,
    nama text not null,
    tahun_mulai integer not null,
    tahun_selesai integer not null,
    unit_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE iku_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    dasar_hukum text,
    kode text,
    nama text,
    tahun_mulai integer,
    tahun_selesai integer,
    unit_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('iku');
CALL akuntara_pisahkan_tenant('iku_aud');

GRANT SELECT, INSERT, UPDATE ON iku TO ${appRole};
GRANT SELECT, INSERT ON iku_aud TO ${appRole};

CREATE TABLE anggota_iku (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    urutan integer not null,
    iku_id uuid not null,
    indikator_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, iku_id, indikator_id),
    FOREIGN KEY (tenant_id, iku_id) REFERENCES iku (tenant_id, id),
    FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator_kinerja (tenant_id, id)
);

CREATE TABLE anggota_iku_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    urutan integer,
    iku_id uuid,
    indikator_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('anggota_iku');
CALL akuntara_pisahkan_tenant('anggota_iku_aud');

GRANT SELECT, INSERT, UPDATE, DELETE ON anggota_iku TO ${appRole};
GRANT SELECT, INSERT ON anggota_iku_aud TO ${appRole};

CREATE TABLE target_indikator (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    label text,
    nilai numeric(20,6),
    nilai_atas numeric(20,6),
    satuan text,
    sumber text not null check (sumber in ('RPJMD','RENSTRA','IKU','PK','PK_PERUBAHAN')),
    tahun integer not null,
    indikator_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, indikator_id, tahun, sumber),
    FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator_kinerja (tenant_id, id)
);

CREATE TABLE target_indikator_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    label text,
    nilai numeric(20,6),
    nilai_atas numeric(20,6),
    satuan text,
    sumber text,
    tahun integer,
    indikator_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('target_indikator');
CALL akuntara_pisahkan_tenant('target_indikator_aud');

GRANT SELECT, INSERT, UPDATE ON target_indikator TO ${appRole};
GRANT SELECT, INSERT ON target_indikator_aud TO ${appRole};

ALTER TABLE rpjmd ADD CHECK (tahun_selesai >= tahun_mulai);
ALTER TABLE renstra ADD CHECK (tahun_selesai >= tahun_mulai);
ALTER TABLE tujuan ADD CHECK ((rpjmd_id IS NULL) <> (renstra_id IS NULL));
ALTER TABLE indikator_kinerja ADD CHECK ((tujuan_id IS NULL) <> (sasaran_id IS NULL));
ALTER TABLE anggota_komposit ADD CHECK ((indikator_id IS NULL) <> (unit_id IS NULL));
ALTER TABLE target_indikator ADD CHECK (nilai IS NOT NULL OR label IS NOT NULL);
COMMENT ON TABLE target_indikator IS 'Target indikator per tahun menurut sumbernya (RPJMD, Renstra, IKU, PK, PK Perubahan)';
