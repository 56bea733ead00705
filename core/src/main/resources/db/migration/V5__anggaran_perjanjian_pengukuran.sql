-- Budget, Perjanjian Kinerja (versions, cascade), action plans, realisations with workflow and evidence,
-- capaian snapshots.

CREATE TABLE pos_anggaran (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    indikator_keluaran text,
    kode text not null,
    kode_permendagri text,
    nama text not null,
    pagu_murni numeric(20,2) not null,
    pagu_perubahan numeric(20,2),
    progres_fisik numeric(9,4),
    realisasi numeric(20,2) not null,
    tahun integer not null,
    tingkat text not null check (tingkat in ('PROGRAM','KEGIATAN','SUB_KEGIATAN')),
    induk_id uuid,
    unit_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, induk_id) REFERENCES pos_anggaran (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE pos_anggaran_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    indikator_keluaran text,
    kode text,
    kode_permendagri text,
    nama text,
    pagu_murni numeric(20,2),
    pagu_perubahan numeric(20,2),
    progres_fisik numeric(9,4),
    realisasi numeric(20,2),
    tahun integer,
    tingkat text,
    induk_id uuid,
    unit_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('pos_anggaran');
CALL akuntara_pisahkan_tenant('pos_anggaran_aud');

GRANT SELECT, INSERT, UPDATE ON pos_anggaran TO ${appRole};
GRANT SELECT, INSERT ON pos_anggaran_aud TO ${appRole};

CREATE TABLE kaitan_anggaran (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    indikator_id uuid,
    pos_anggaran_id uuid not null,
    sasaran_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator_kinerja (tenant_id, id),
    FOREIGN KEY (tenant_id, pos_anggaran_id) REFERENCES pos_anggaran (tenant_id, id),
    FOREIGN KEY (tenant_id, sasaran_id) REFERENCES sasaran (tenant_id, id)
);

CREATE TABLE kaitan_anggaran_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    indikator_id uuid,
    pos_anggaran_id uuid,
    sasaran_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('kaitan_anggaran');
CALL akuntara_pisahkan_tenant('kaitan_anggaran_aud');

GRANT SELECT, INSERT, UPDATE, DELETE ON kaitan_anggaran TO ${appRole};
GRANT SELECT, INSERT ON kaitan_anggaran_aud TO ${appRole};

CREATE TABLE perjanjian_kinerja (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    alasan_perubahan text,
    ditandatangani_pada timestamp(6) with time zone,
    jenis_versi text not null check (jenis_versi in ('MURNI','PERUBAHAN')),
    kode text not null,
    presisi_tanggal text not null check (presisi_tanggal in ('HARI','BULAN','TAHUN')),
    status text not null check (status in ('DRAFT','DITANDATANGANI')),
    tahun integer not null,
    tanggal date,
    tempat text,
    total_terbilang text,
    total_tertulis numeric(20,2),
    versi_ke integer not null,
    induk_id uuid,
    menggantikan_id uuid,
    pihak_kedua_id uuid,
    pihak_pertama_id uuid not null,
    unit_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, kode),
    FOREIGN KEY (tenant_id, induk_id) REFERENCES perjanjian_kinerja (tenant_id, id),
    FOREIGN KEY (tenant_id, menggantikan_id) REFERENCES perjanjian_kinerja (tenant_id, id),
    FOREIGN KEY (tenant_id, pihak_kedua_id) REFERENCES penugasan (tenant_id, id),
    FOREIGN KEY (tenant_id, pihak_pertama_id) REFERENCES penugasan (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_id) REFERENCES unit_organisasi (tenant_id, id)
);

CREATE TABLE perjanjian_kinerja_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    alasan_perubahan text,
    ditandatangani_pada timestamp(6) with time zone,
    jenis_versi text,
    kode text,
    presisi_tanggal text,
    status text,
    tahun integer,
    tanggal date,
    tempat text,
    total_terbilang text,
    total_tertulis numeric(20,2),
    versi_ke integer,
    induk_id uuid,
    menggantikan_id uuid,
    pihak_kedua_id uuid,
    pihak_pertama_id uuid,
    unit_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('perjanjian_kinerja');
CALL akuntara_pisahkan_tenant('perjanjian_kinerja_aud');

GRANT SELECT, INSERT, UPDATE ON perjanjian_kinerja TO ${appRole};
GRANT SELECT, INSERT ON perjanjian_kinerja_aud TO ${appRole};

CREATE TABLE baris_perjanjian (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    indikator_teks text not null,
    sasaran_teks text not null,
    satuan text,
    target_label text,
    target_nilai numeric(20,6),
    urutan integer not null,
    indikator_id uuid,
    perjanjian_id uuid not null,
    sasaran_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, perjanjian_id, urutan),
    FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator_kinerja (tenant_id, id),
    FOREIGN KEY (tenant_id, perjanjian_id) REFERENCES perjanjian_kinerja (tenant_id, id),
    FOREIGN KEY (tenant_id, sasaran_id) REFERENCES sasaran (tenant_id, id)
);

CREATE TABLE baris_perjanjian_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    indikator_teks text,
    sasaran_teks text,
    satuan text,
    target_label text,
    target_nilai numeric(20,6),
    urutan integer,
    indikator_id uuid,
    perjanjian_id uuid,
    sasaran_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('baris_perjanjian');
CALL akuntara_pisahkan_tenant('baris_perjanjian_aud');

GRANT SELECT, INSERT, UPDATE ON baris_perjanjian TO ${appRole};
GRANT SELECT, INSERT ON baris_perjanjian_aud TO ${appRole};

CREATE TABLE program_perjanjian (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    jumlah numeric(20,2) not null,
    nama_program text not null,
    sumber_dana text,
    urutan integer not null,
    perjanjian_id uuid not null,
    pos_anggaran_id uuid,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, perjanjian_id, urutan),
    FOREIGN KEY (tenant_id, perjanjian_id) REFERENCES perjanjian_kinerja (tenant_id, id),
    FOREIGN KEY (tenant_id, pos_anggaran_id) REFERENCES pos_anggaran (tenant_id, id)
);

CREATE TABLE program_perjanjian_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    jumlah numeric(20,2),
    nama_program text,
    sumber_dana text,
    urutan integer,
    perjanjian_id uuid,
    pos_anggaran_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('program_perjanjian');
CALL akuntara_pisahkan_tenant('program_perjanjian_aud');

GRANT SELECT, INSERT, UPDATE ON program_perjanjian TO ${appRole};
GRANT SELECT, INSERT ON program_perjanjian_aud TO ${appRole};

CREATE TABLE rencana_aksi (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    tahun integer not null,
    target_label text,
    target_nilai numeric(20,6),
    triwulan integer not null,
    uraian text,
    indikator_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, indikator_id, tahun, triwulan),
    FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator_kinerja (tenant_id, id)
);

CREATE TABLE rencana_aksi_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    tahun integer,
    target_label text,
    target_nilai numeric(20,6),
    triwulan integer,
    uraian text,
    indikator_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('rencana_aksi');
CALL akuntara_pisahkan_tenant('rencana_aksi_aud');

GRANT SELECT, INSERT, UPDATE ON rencana_aksi TO ${appRole};
GRANT SELECT, INSERT ON rencana_aksi_aud TO ${appRole};

CREATE TABLE realisasi_indikator (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    alasan_dikembalikan text,
    catatan text,
    label text,
    nilai numeric(20,6),
    faktor_pendukung text,
    faktor_penghambat text,
    solusi text,
    upaya text,
    periode text not null check (periode in ('TW1','TW2','TW3','TW4','TAHUNAN')),
    status_alur text not null check (status_alur in ('DRAFT','DIAJUKAN','DIVERIFIKASI','DISAHKAN','DIKEMBALIKAN')),
    status_nilai text not null check (status_nilai in ('ADA','BELUM_RILIS','DIBAWA_DARI','TIDAK_ADA')),
    tahun integer not null,
    tahun_asal integer,
    indikator_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, indikator_id, tahun, periode),
    FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator_kinerja (tenant_id, id)
);

CREATE TABLE realisasi_indikator_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    alasan_dikembalikan text,
    catatan text,
    label text,
    nilai numeric(20,6),
    faktor_pendukung text,
    faktor_penghambat text,
    solusi text,
    upaya text,
    periode text,
    status_alur text,
    status_nilai text,
    tahun integer,
    tahun_asal integer,
    indikator_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('realisasi_indikator');
CALL akuntara_pisahkan_tenant('realisasi_indikator_aud');

GRANT SELECT, INSERT, UPDATE ON realisasi_indikator TO ${appRole};
GRANT SELECT, INSERT ON realisasi_indikator_aud TO ${appRole};

CREATE TABLE bukti_dukung (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    diunggah_pada timestamp(6) with time zone not null,
    isi bytea not null,
    jenis_konten text not null,
    nama_berkas text not null,
    sha256 text not null,
    ukuran integer not null,
    realisasi_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, realisasi_id) REFERENCES realisasi_indikator (tenant_id, id)
);

CREATE TABLE bukti_dukung_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    diunggah_pada timestamp(6) with time zone,
    jenis_konten text,
    nama_berkas text,
    sha256 text,
    ukuran integer,
    realisasi_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('bukti_dukung');
CALL akuntara_pisahkan_tenant('bukti_dukung_aud');

GRANT SELECT, INSERT, UPDATE ON bukti_dukung TO ${appRole};
GRANT SELECT, INSERT ON bukti_dukung_aud TO ${appRole};

CREATE TABLE hasil_capaian (
    id uuid not null,
    tenant_id    VARCHAR(64) NOT NULL REFERENCES pemda (kode),
    versi bigint not null,
    batas_capaian numeric(20,6),
    capaian numeric(30,16),
    dihitung_pada timestamp(6) with time zone not null,
    keterangan text,
    periode text not null check (periode in ('TW1','TW2','TW3','TW4','TAHUNAN')),
    polaritas text not null,
    predikat text,
    realisasi_nilai numeric(20,6),
    status_hasil text not null,
    status_realisasi text not null check (status_realisasi in ('ADA','BELUM_RILIS','DIBAWA_DARI','TIDAK_ADA')),
    sumber_target text not null check (sumber_target in ('RPJMD','RENSTRA','IKU','PK','PK_PERUBAHAN')),
    tahun integer not null,
    target_nilai numeric(20,6),
    versi_aturan text not null,
    indikator_id uuid not null,
    PRIMARY KEY (id),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, indikator_id) REFERENCES indikator_kinerja (tenant_id, id)
);

CREATE TABLE hasil_capaian_aud (
    id uuid not null,
    rev bigint not null,
    revtype smallint,
    tenant_id    VARCHAR(64) NOT NULL,
    batas_capaian numeric(20,6),
    capaian numeric(30,16),
    dihitung_pada timestamp(6) with time zone,
    keterangan text,
    periode text,
    polaritas text,
    predikat text,
    realisasi_nilai numeric(20,6),
    status_hasil text,
    status_realisasi text,
    sumber_target text,
    tahun integer,
    target_nilai numeric(20,6),
    versi_aturan text,
    indikator_id uuid,
    PRIMARY KEY (id, rev),
    FOREIGN KEY (rev) REFERENCES revisi (id)
);

CALL akuntara_pisahkan_tenant('hasil_capaian');
CALL akuntara_pisahkan_tenant('hasil_capaian_aud');

GRANT SELECT, INSERT, UPDATE ON hasil_capaian TO ${appRole};
GRANT SELECT, INSERT ON hasil_capaian_aud TO ${appRole};

ALTER TABLE pos_anggaran ADD CHECK (pagu_murni >= 0 AND (pagu_perubahan IS NULL OR pagu_perubahan >= 0) AND realisasi >= 0);
ALTER TABLE pos_anggaran ADD CHECK (progres_fisik IS NULL OR progres_fisik BETWEEN 0 AND 100);
ALTER TABLE kaitan_anggaran ADD CHECK (sasaran_id IS NOT NULL OR indikator_id IS NOT NULL);
ALTER TABLE program_perjanjian ADD CHECK (jumlah >= 0);
ALTER TABLE rencana_aksi ADD CHECK (triwulan BETWEEN 1 AND 4);
ALTER TABLE realisasi_indikator ADD CHECK ((status_nilai IN ('ADA', 'DIBAWA_DARI')) = (nilai IS NOT NULL));
ALTER TABLE realisasi_indikator ADD CHECK ((status_nilai = 'DIBAWA_DARI') = (tahun_asal IS NOT NULL));
ALTER TABLE bukti_dukung ADD CHECK (ukuran = octet_length(isi) AND ukuran <= 5242880);

-- Evidence and capaian snapshots are appended, never changed.
REVOKE UPDATE ON bukti_dukung, hasil_capaian FROM ${appRole};

-- A signed Perjanjian Kinerja never changes: a change is a new version (PK Perubahan). Its rows and programs
-- may only be added in the transaction that created or signed it.
CREATE FUNCTION pk_tertandatangani_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'DITANDATANGANI' THEN
        RAISE EXCEPTION 'PK % versi % sudah ditandatangani dan tidak dapat diubah; buat PK Perubahan.', OLD.kode, OLD.versi_ke
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER pk_tertandatangani_tetap BEFORE UPDATE OR DELETE ON perjanjian_kinerja
    FOR EACH ROW EXECUTE FUNCTION pk_tertandatangani_tetap();

CREATE FUNCTION isi_pk_tertandatangani_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pk RECORD;
    baris RECORD := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    SELECT p.kode, p.versi_ke, p.status, p.xmin::text = pg_current_xact_id()::xid::text AS baru
      INTO pk FROM perjanjian_kinerja p WHERE p.id = baris.perjanjian_id;
    IF pk.status = 'DITANDATANGANI' AND NOT (TG_OP = 'INSERT' AND pk.baru) THEN
        RAISE EXCEPTION 'PK % versi % sudah ditandatangani; isinya tidak dapat diubah.', pk.kode, pk.versi_ke
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN baris;
END
$$;
CREATE TRIGGER isi_pk_tertandatangani_tetap BEFORE INSERT OR UPDATE OR DELETE ON baris_perjanjian
    FOR EACH ROW EXECUTE FUNCTION isi_pk_tertandatangani_tetap();
CREATE TRIGGER isi_pk_tertandatangani_tetap BEFORE INSERT OR UPDATE OR DELETE ON program_perjanjian
    FOR EACH ROW EXECUTE FUNCTION isi_pk_tertandatangani_tetap();

-- Approved (disahkan) realisations are locked, and so is their evidence.
CREATE FUNCTION realisasi_disahkan_terkunci() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status_alur = 'DISAHKAN' THEN
        RAISE EXCEPTION 'Realisasi yang sudah disahkan terkunci dan tidak dapat diubah.'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER realisasi_disahkan_terkunci BEFORE UPDATE OR DELETE ON realisasi_indikator
    FOR EACH ROW EXECUTE FUNCTION realisasi_disahkan_terkunci();

CREATE FUNCTION bukti_realisasi_disahkan_terkunci() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM realisasi_indikator r WHERE r.id = NEW.realisasi_id AND r.status_alur = 'DISAHKAN') THEN
        RAISE EXCEPTION 'Realisasi yang sudah disahkan terkunci; bukti dukung tidak dapat ditambahkan.'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER bukti_realisasi_disahkan_terkunci BEFORE INSERT ON bukti_dukung
    FOR EACH ROW EXECUTE FUNCTION bukti_realisasi_disahkan_terkunci();

COMMENT ON TABLE perjanjian_kinerja IS 'Perjanjian Kinerja per tahun dan versi; versi yang ditandatangani tidak dapat diubah';
COMMENT ON TABLE realisasi_indikator IS 'Realisasi indikator per periode dengan status nilai dan alur draft-diajukan-diverifikasi-disahkan';
COMMENT ON TABLE hasil_capaian IS 'Snapshot capaian dan predikat terhitung beserta masukan dan versi aturan';
