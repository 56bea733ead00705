-- SAKIP evaluations (components, recommendations), reward and punishment, report narratives.

CREATE TABLE evaluasi_sakip (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    evaluator text not null,
    nilai_tertulis numeric(9,4),
    nomor_lhe text,
    predikat_tertulis text,
    tahun integer not null,
    tanggal_lhe date,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, tahun, evaluator)
);

CREATE TABLE evaluasi_sakip_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    evaluator text,
    nilai_tertulis numeric(9,4),
    nomor_lhe text,
    predikat_tertulis text,
    tahun integer,
    tanggal_lhe date,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('evaluasi_sakip');
CALL akuntara_pisahkan_tenant('evaluasi_sakip_aud');

GRANT SELECT, INSERT, UPDATE ON evaluasi_sakip TO ${appRole};
GRANT SELECT, INSERT ON evaluasi_sakip_aud TO ${appRole};

CREATE TABLE komponen_evaluasi (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    bobot numeric(9,4) not null,
    nama text not null,
    nilai numeric(9,4) not null,
    urutan integer not null,
    evaluasi_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, evaluasi_id, urutan),
    FOREIGN KEY (tenant_id, evaluasi_id) REFERENCES evaluasi_sakip (tenant_id, id)
);

CREATE TABLE komponen_evaluasi_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    bobot numeric(9,4),
    nama text,
    nilai numeric(9,4),
    urutan integer,
    evaluasi_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('komponen_evaluasi');
CALL akuntara_pisahkan_tenant('komponen_evaluasi_aud');

GRANT SELECT, INSERT, UPDATE ON komponen_evaluasi TO ${appRole};
GRANT SELECT, INSERT ON komponen_evaluasi_aud TO ${appRole};

CREATE TABLE rekomendasi (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    area text,
    status_tindak_lanjut text not null check (status_tindak_lanjut in ('SUDAH','SEGERA_DILAKSANAKAN','AKAN_DIUSULKAN','BELUM')),
    teks text not null,
    tindak_lanjut text,
    urutan integer not null,
    evaluasi_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, evaluasi_id, urutan),
    FOREIGN KEY (tenant_id, evaluasi_id) REFERENCES evaluasi_sakip (tenant_id, id)
);

CREATE TABLE rekomendasi_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    area text,
    status_tindak_lanjut text,
    teks text,
    tindak_lanjut text,
    urutan integer,
    evaluasi_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('rekomendasi');
CALL akuntara_pisahkan_tenant('rekomendasi_aud');

GRANT SELECT, INSERT, UPDATE ON rekomendasi TO ${appRole};
GRANT SELECT, INSERT ON rekomendasi_aud TO ${appRole};

CREATE TABLE keputusan_reward_punishment (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    dasar text,
    jenis text not null check (jenis in ('REWARD','PUNISHMENT')),
    tahun integer not null,
    uraian text not null,
    unit_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE keputusan_reward_punishment_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    dasar text,
    jenis text,
    tahun integer,
    uraian text,
    unit_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('keputusan_reward_punishment');
CALL akuntara_pisahkan_tenant('keputusan_reward_punishment_aud');

GRANT SELECT, INSERT, UPDATE ON keputusan_reward_punishment TO ${appRole};
GRANT SELECT, INSERT ON keputusan_reward_punishment_aud TO ${appRole};

CREATE TABLE narasi (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    bagian text not null,
    isi text not null,
    judul text,
    tahun integer not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, tahun, bagian)
);

CREATE TABLE narasi_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    bagian text,
    isi text,
    judul text,
    tahun integer,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('narasi');
CALL akuntara_pisahkan_tenant('narasi_aud');

GRANT SELECT, INSERT, UPDATE ON narasi TO ${appRole};
GRANT SELECT, INSERT ON narasi_aud TO ${appRole};

ALTER TABLE komponen_evaluasi ADD CHECK (bobot >= 0 AND nilai >= 0);
COMMENT ON TABLE evaluasi_sakip IS 'Evaluasi SAKIP: evaluator, LHE, komponen berbobot, nilai dan predikat sebagaimana tertulis';
COMMENT ON TABLE narasi IS 'Teks laporan per bagian dan tahun';
