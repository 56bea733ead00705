package id.akuntara.core.domain.bersama;

import java.util.List;
import java.util.UUID;

/** The audit trail of tenant records, oldest first. */
public interface RiwayatRepository {

    <T extends EntitasTenant> List<EntriRiwayat<T>> riwayat(Class<T> jenis, UUID id);
}
