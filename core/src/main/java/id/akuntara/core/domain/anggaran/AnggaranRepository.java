package id.akuntara.core.domain.anggaran;

import id.akuntara.core.domain.rencana.Sasaran;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Budget lines of the current pemda (another pemda's lines are invisible: tenant filter and row-level security). */
public interface AnggaranRepository {

    void simpan(Object posAtauKaitan);

    List<PosAnggaran> perTahun(int tahun);

    /** Lines of the year not linked to any sasaran or indicator: allowed, and shown as such. */
    List<PosAnggaran> tanpaKaitan(int tahun);

    /** One line of the current pemda. */
    Optional<PosAnggaran> cari(UUID id);

    /** The line with that data code (codes are unique per pemda across years). */
    Optional<PosAnggaran> cariKode(String kode);

    /** The direct children of a line, by code. */
    List<PosAnggaran> anak(PosAnggaran induk);

    /** The links of the year's lines to sasaran and indicators. */
    List<KaitanAnggaran> kaitanPerTahun(int tahun);

    /** The links of one line. */
    List<KaitanAnggaran> kaitan(PosAnggaran pos);

    void hapus(KaitanAnggaran kaitan);

    /** A sasaran of the current pemda a line may be linked to. */
    Optional<Sasaran> sasaran(UUID id);

    /**
     * Writes pending changes now: the optimistic lock is checked here rather than at commit, and a changed line's new
     * {@code versi} is visible to the caller.
     */
    void tulisSekarang();
}
