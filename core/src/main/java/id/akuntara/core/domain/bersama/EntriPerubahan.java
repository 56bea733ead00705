package id.akuntara.core.domain.bersama;

import java.time.Instant;
import java.util.List;

/**
 * One audited change of a record as a person reads it: revision, when, who (the verified username of the request, or
 * the user named by background work), what kind of change, and each field that changed with its value before and
 * after (as text; a link to another record as that record's id; {@code null} for a blank). A creation lists the
 * fields it filled, a deletion the fields it emptied.
 */
public record EntriPerubahan(long revisi, Instant waktu, String username, EntriRiwayat.JenisPerubahan jenis,
        List<Isian> isian) {

    public EntriPerubahan {
        isian = List.copyOf(isian);
    }

    /** One changed field: its name (the record's attribute, {@code penjelasan.upaya} inside an embedded part). */
    public record Isian(String nama, String lama, String baru) {
    }
}
