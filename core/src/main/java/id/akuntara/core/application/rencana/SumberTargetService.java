package id.akuntara.core.application.rencana;

import java.util.List;

/**
 * The pemda's authoritative target source (domain.md "which target counts": Renstra, IKU table, PK and PK Perubahan
 * can differ for the same indicator-year; the pemda chooses, conflicts are shown). A setting of the pemda
 * ({@code PengaturanPemda}); the measurement takes it on its next computation. Reading for the four pemda roles,
 * changing for {@code admin-pemda}.
 */
public interface SumberTargetService {

    /**
     * @param sumberTarget   the source in force
     * @param pilihan        the sources one may choose
     * @param urutanCadangan the order the measurement falls back in when the chosen source has no target
     * @param versi          the settings' version, sent back with a change
     */
    record Pengaturan(String sumberTarget, List<String> pilihan, List<String> urutanCadangan, long versi) {
    }

    record Isian(String sumberTarget, Long versi) {
    }

    Pengaturan baca();

    Pengaturan ubah(Isian isian);
}
