-- Organisation (effective-dated units, their history, positions) and people (NIP, assignments, staff tables).

CREATE TABLE unit_organisasi (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    alias text array not null,
    berlaku_mulai date not null,
    berlaku_sampai date,
    dasar_hukum text,
    jenis text not null check (jenis in ('SEKRETARIAT_DAERAH','SEKRETARIS_DAERAH','ASISTEN','BIRO','BAGIAN','SUBBAGIAN','STAF_AHLI','KELOMPOK_FUNGSIONAL','LAINNYA')),
    kode text not null,
    nama text not null,
    induk_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, induk_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE unit_organisasi_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    alias text array,
    berlaku_mulai date,
    berlaku_sampai date,
    dasar_hukum text,
    jenis text,
    kode text,
    nama text,
    induk_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('unit_organisasi');
CALL akuntara_pisahkan_tenant('unit_organisasi_aud');

GRANT SELECT, INSERT, UPDATE ON unit_organisasi TO ${appRole};
GRANT SELECT, INSERT ON unit_organisasi_aud TO ${appRole};

CREATE TABLE perubahan_unit (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    dasar_hukum text,
    jenis text not null check (jenis in ('GANTI_NAMA','PINDAH_INDUK','GABUNG','PECAH','BUBAR')),
    tanggal date not null,
    asal_id uuid not null,
    hasil_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, asal_id) REFERENCES unit_organisasi (tenant_id, id),
    FOREIGN KEY (tenant_id, hasil_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE perubahan_unit_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    dasar_hukum text,
    jenis text,
    tanggal date,
    asal_id uuid,
    hasil_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('perubahan_unit');
CALL akuntara_pisahkan_tenant('perubahan_unit_aud');

GRANT SELECT, INSERT, UPDATE ON perubahan_unit TO ${appRole};
GRANT SELECT, INSERT ON perubahan_unit_aud TO ${appRole};

CREATE TABLE jabatan (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    eselon text,
    jenis text not null check (jenis in ('KEPALA_DAERAH','STRUKTURAL','FUNGSIONAL','PELAKSANA')),
    kode text not null,
    nama text not null,
    unit_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE jabatan_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    eselon text,
    jenis text,
    kode text,
    nama text,
    unit_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('jabatan');
CALL akuntara_pisahkan_tenant('jabatan_aud');

GRANT SELECT, INSERT, UPDATE ON jabatan TO ${appRole};
GRANT SELECT, INSERT ON jabatan_aud TO ${appRole};

CREATE TABLE pegawai (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    golongan text,
    jenis_kelamin text check (jenis_kelamin in ('LAKI_LAKI','PEREMPUAN')),
    kode text not null,
    nama text not null,
    nip text,
    pangkat text,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode)
);

CREATE TABLE pegawai_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    golongan text,
    jenis_kelamin text,
    kode text,
    nama text,
    nip text,
    pangkat text,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('pegawai');
CALL akuntara_pisahkan_tenant('pegawai_aud');

GRANT SELECT, INSERT, UPDATE ON pegawai TO ${appRole};
GRANT SELECT, INSERT ON pegawai_aud TO ${appRole};

CREATE TABLE penugasan (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    dasar text,
    jenis text not null check (jenis in ('DEFINITIF','PLT','PJ','PLH')),
    kode text not null,
    mulai date not null,
    selesai date,
    jabatan_id uuid not null,
    pegawai_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, jabatan_id) REFERENCES jabatan (tenant_id, id),
    FOREIGN KEY (tenant_id, pegawai_id) REFERENCES pegawai (tenant_id, id)
);

CREATE TABLE penugasan_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    dasar text,
    jenis text,
    kode text,
    mulai date,
    selesai date,
    jabatan_id uuid,
    pegawai_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('penugasan');
CALL akuntara_pisahkan_tenant('penugasan_aud');

GRANT SELECT, INSERT, UPDATE ON penugasan TO ${appRole};
GRANT SELECT, INSERT ON penugasan_aud TO ${appRole};

CREATE TABLE statistik_pegawai (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    dimensi text not null check (dimensi in ('GOLONGAN','PENDIDIKAN','ESELON','JENIS_KELAMIN','STATUS')),
    jumlah integer not null,
    kategori text not null,
    kelompok text not null,
    per_tanggal date not null,
    unit_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE statistik_pegawai_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    dimensi text,
    jumlah integer,
    kategori text,
    kelompok text,
    per_tanggal date,
    unit_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('statistik_pegawai');
CALL akuntara_pisahkan_tenant('statistik_pegawai_aud');

GRANT SELECT, INSERT, UPDATE ON statistik_pegawai TO ${appRole};
GRANT SELECT, INSERT ON statistik_pegawai_aud TO ${appRole};

CREATE UNIQUE INDEX pegawai_nip_unik ON pegawai (tenant_id, nip) WHERE nip IS NOT NULL;
ALTER TABLE unit_organisasi ADD CHECK (berlaku_sampai IS NULL OR berlaku_sampai > berlaku_mulai);
ALTER TABLE penugasan ADD CHECK (selesai IS NULL OR selesai >= mulai);
ALTER TABLE pegawai ADD CHECK (nip IS NULL OR nip ~ '^[0-9]{18}$');
ALTER TABLE statistik_pegawai ADD CHECK (jumlah >= 0);
COMMENT ON TABLE unit_organisasi IS 'Versi unit organisasi yang berlaku dari berlaku_mulai sampai sebelum berlaku_sampai; tidak pernah dihapus';
COMMENT ON TABLE perubahan_unit IS 'Riwayat restrukturisasi: ganti nama, pindah induk, gabung, pecah, bubar';
COMMENT ON TABLE penugasan IS 'Pegawai pada jabatan: definitif, Plt., Pj. atau Plh., dengan tanggal';
