package id.akuntara.core.domain.bersama;

import java.util.List;
import java.util.UUID;

/** The audit trail of tenant records, oldest first. */
public interface RiwayatRepository {

    <T extends EntitasTenant> List<EntriRiwayat<T>> riwayat(Class<T> jenis, UUID id);

    /**
     * The audit trail of one record of the current pemda with the fields each change touched, oldest first; empty when
     * the record never existed in the current pemda (another pemda's record is invisible).
     */
    List<EntriPerubahan> perubahan(Class<? extends EntitasTenant> jenis, UUID id);

    /** The kinds of record whose changes are audited. */
    List<Class<? extends EntitasTenant>> jenisDiaudit();
}
