package id.akuntara.core.application;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.domain.pengukuran.SnapshotKinerjaRepository;
import id.akuntara.core.infrastructure.pengukuran.SumberTersimpan;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.PerbandinganKinerja;
import id.akuntara.core.plugin.cdi.LayananPlugin;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "The numbers" of the current pemda (the verified token's) for the API, the pages, the reports and the ministry
 * read models: one entry to the measurement service over the stored data ({@link PengukuranPemda}).
 */
@RequestScoped
public class PengukuranService {

    @PersistenceContext(unitName = "akuntara")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    LayananPlugin plugin;

    @Inject
    SnapshotKinerjaRepository snapshot;

    @Inject
    PenggunaSaatIni pengguna;

    private PengukuranPemda pemda() {
        String kode = tenant.kodePemda();
        return new PengukuranPemda(new SumberTersimpan(em, kode), plugin.pluginUntuk(kode), snapshot);
    }

    /** The year's figures: the fixed snapshot, or computed now for a year still open. */
    @Transactional
    public KinerjaTahunan kinerja(int tahun) {
        return pemda().kinerja(tahun);
    }

    /** The year's figures with their origin: from the snapshot once fixed (with who fixed it, when), else computed now. */
    @Transactional
    public KinerjaBersumber kinerjaBersumber(int tahun) {
        return pemda().kinerjaBersumber(tahun);
    }

    /**
     * The year's figures computed now from the stored data, drafts included, even when the year is fixed (what the
     * workflow checks a value against before it is submitted).
     */
    @Transactional
    public KinerjaTahunan hitung(int tahun) {
        return pemda().hitung(tahun);
    }

    /**
     * Fixes the year (its final workflow state): stores the snapshot. Refused with {@code AturanDilanggarException}
     * when the year is already fixed or while any of its realisasi is still in the workflow, with {@code TahunTidakAdaException} when the data hold nothing for it.
     * Pimpinan only ({@code AksesDitolakException} otherwise), for the pages as for the API.
     */
    @Transactional
    public PenetapanKinerja tetapkan(int tahun, String oleh) {
        Akses.wajib(pengguna, Peran.PIMPINAN);
        return PenetapanKinerja.dari(tenant.kodePemda(), pemda().tetapkan(tahun, oleh, Instant.now()));
    }

    /** The years the pemda has recorded a realisasi for, ascending: the years whose report has figures to show. */
    @Transactional
    public List<Integer> tahunBerealisasi() {
        return em.createQuery("select distinct r.tahun from RealisasiIndikator r order by r.tahun", Integer.class)
                .getResultList();
    }

    /** What today's rules and settings would change in the year's snapshot. */
    @Transactional
    public Optional<List<PerbandinganKinerja.Selisih>> bandingkanDenganSnapshot(int tahun) {
        return pemda().bandingkanDenganSnapshot(tahun);
    }
}
