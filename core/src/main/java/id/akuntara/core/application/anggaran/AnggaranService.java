package id.akuntara.core.application.anggaran;

import java.util.UUID;

/**
 * The budget of the current pemda (the verified token's): read the year's tree with its figures, create and edit a
 * line, enter a quarter's realisation. Serapan comes from the measurement service only (live while the year is open,
 * from the snapshot once it is fixed); a fixed year's budget is locked.
 *
 * <p>Refusals: {@code TidakDitemukanException} (404) for an id not of the caller's pemda, checked before anything
 * else; {@code KonflikVersiException} (409) for a stale {@code versi}; {@code AturanDilanggarException} (409) for a
 * locked year or a line that cannot take the change; {@code ValidasiGagalException} (422) listing every invalid field;
 * {@code AksesDitolakException} (403) for a role that may not.
 */
public interface AnggaranService {

    /** The year's tree with pagu, realisasi and serapan per node. Roles: admin-pemda, operator, verifikator, pimpinan. */
    PohonAnggaran pohon(int tahun);

    /** One line with its subtree. Roles: admin-pemda, operator, verifikator, pimpinan. */
    PohonAnggaran.Simpul pos(UUID id);

    /** Creates a line. Roles: operator, admin-pemda. */
    PohonAnggaran.Simpul buat(IsianPosBaru isian);

    /** Edits a line's name, code, unit, output indicator, pagu and sasaran links. Roles: operator, admin-pemda. */
    PohonAnggaran.Simpul ubah(UUID id, IsianPos isian);

    /** Records one quarter's realisation (1–4) of a line without children. Role: operator. */
    PohonAnggaran.Simpul catatRealisasi(UUID id, int triwulan, IsianRealisasi isian);
}
