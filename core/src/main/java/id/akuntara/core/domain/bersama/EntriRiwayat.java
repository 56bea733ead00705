package id.akuntara.core.domain.bersama;

import java.time.Instant;
import java.util.Optional;

/**
 * One audited change of a record: revision number, when, who, what kind of change, and the record's state after
 * it (for a deletion: the state before). The state before a change is the previous entry's state.
 */
public record EntriRiwayat<T>(long revisi, Instant waktu, String username, JenisPerubahan jenis, T keadaan,
        Optional<T> sebelumnya) {

    public enum JenisPerubahan {
        DIBUAT, DIUBAH, DIHAPUS
    }
}
