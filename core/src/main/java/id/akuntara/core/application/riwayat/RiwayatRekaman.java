package id.akuntara.core.application.riwayat;

import java.util.List;

/**
 * The history of one record, oldest change first.
 *
 * @param jenis the kind of record ({@code pos-anggaran} …)
 * @param id    its id
 * @param entri its changes
 */
public record RiwayatRekaman(String jenis, String id, List<Entri> entri) {

    public RiwayatRekaman {
        entri = List.copyOf(entri);
    }

    /**
     * One change.
     *
     * @param revisi    the audit revision (one unit of work; increasing)
     * @param waktu     when (ISO-8601, UTC)
     * @param pengguna  who: the verified username of the request, or the user named by background work
     * @param perubahan {@code dibuat}, {@code diubah} or {@code dihapus}
     * @param isian     the fields changed, each with its value before and after (null for a blank)
     */
    public record Entri(long revisi, String waktu, String pengguna, String perubahan, List<Isian> isian) {

        public Entri {
            isian = List.copyOf(isian);
        }
    }

    /** One changed field: {@code lama} → {@code baru}. */
    public record Isian(String field, String lama, String baru) {
    }
}
