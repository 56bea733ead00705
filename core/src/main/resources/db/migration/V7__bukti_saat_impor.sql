-- Evidence may be stored in the same transaction that created an already-approved realisation (a data package
-- import creates the realisation, its evidence and its workflow state at once); afterwards the lock holds.
CREATE OR REPLACE FUNCTION bukti_realisasi_disahkan_terkunci() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM realisasi_indikator r WHERE r.id = NEW.realisasi_id AND r.status_alur = 'DISAHKAN'
               AND r.xmin::text <> pg_current_xact_id()::xid::text) THEN
        RAISE EXCEPTION 'Realisasi yang sudah disahkan terkunci; bukti dukung tidak dapat ditambahkan.'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
