-- Evidence of a realisasi may be up to 10 MiB (issue 10 point 3; PemeriksaBerkas.UKURAN_MAKSIMUM), no longer 5 MiB.
-- The V5 check was created without a name: find it by its definition and replace it with a named one.
DO $$
DECLARE
    nama text;
BEGIN
    FOR nama IN
        SELECT c.conname FROM pg_constraint c
        WHERE c.conrelid = 'bukti_dukung'::regclass AND c.contype = 'c'
          AND pg_get_constraintdef(c.oid) LIKE '%5242880%'
    LOOP
        EXECUTE format('ALTER TABLE bukti_dukung DROP CONSTRAINT %I', nama);
    END LOOP;
END
$$;
ALTER TABLE bukti_dukung ADD CONSTRAINT bukti_dukung_ukuran_maks_10_mib
    CHECK (ukuran = octet_length(isi) AND ukuran <= 10485760);
