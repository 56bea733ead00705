-- The rows and programs of a DRAFT Perjanjian Kinerja may be replaced while it is written (PUT on the API: a row
-- dropped from the draft is deleted; Envers keeps the deleted row in its _aud table). A signed PK's rows and
-- programs still never change: the trigger isi_pk_tertandatangani_tetap (V5) refuses UPDATE and DELETE on them.
-- The PK itself is never deleted (no DELETE on perjanjian_kinerja): a signed one is superseded by a PK Perubahan.
GRANT DELETE ON baris_perjanjian, program_perjanjian TO ${appRole};
