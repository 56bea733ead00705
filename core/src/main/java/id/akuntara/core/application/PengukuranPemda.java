package id.akuntara.core.application;

import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.domain.pengukuran.SnapshotKinerja;
import id.akuntara.core.domain.pengukuran.SnapshotKinerjaRepository;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaJson;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.PerbandinganKinerja;
import id.akuntara.core.pengukuran.SidikMasukan;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.spi.TenantPlugin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The figures of one pemda on the server, inside its tenant-scoped transaction: computed live from its stored data
 * through the one measurement service, under its plugin and its own settings; or, once a year is fixed, read from
 * that year's snapshot, which later rule or settings changes never alter. {@link PengukuranService} gives it the
 * current pemda; tests give it one explicitly.
 */
public final class PengukuranPemda {

    private final SumberPengukuran sumber;
    private final TenantPlugin plugin;
    private final SnapshotKinerjaRepository snapshot;

    public PengukuranPemda(SumberPengukuran sumber, TenantPlugin plugin, SnapshotKinerjaRepository snapshot) {
        this.sumber = sumber;
        this.plugin = plugin;
        this.snapshot = snapshot;
    }

    /** Computed now from the stored data (drafts included). */
    public KinerjaTahunan hitung(int tahun) {
        return ukur(tahun).kinerja();
    }

    /** One read of the data, the policies in force over it and the read model they give. */
    private record Ukuran(PaketData data, KebijakanPengukuran kebijakan, KinerjaTahunan kinerja) {
    }

    private Ukuran ukur(int tahun) {
        PaketData data = sumber.data();
        KebijakanPengukuran kebijakan = KebijakanPengukuran.dari(data, plugin);
        return new Ukuran(data, kebijakan, LayananPengukuran.hitung(SumberPengukuran.paket(data), tahun, kebijakan));
    }

    /** The fixed snapshot of the year when there is one, else computed now. */
    public KinerjaTahunan kinerja(int tahun) {
        return tersimpan(tahun).orElseGet(() -> hitung(tahun));
    }

    /** The year's figures with their origin: the snapshot and what fixed it, or computed now. */
    public KinerjaBersumber kinerjaBersumber(int tahun) {
        Optional<SnapshotKinerja> s = snapshot.untukTahun(tahun);
        if (s.isEmpty()) {
            return new KinerjaBersumber(hitung(tahun), Optional.empty());
        }
        KinerjaTahunan k = KinerjaJson.baca(s.get().getIsi());
        return new KinerjaBersumber(k, Optional.of(PenetapanKinerja.dari(k.pemda(), s.get())));
    }

    /** The read model stored when the year was fixed, if it was. */
    public Optional<KinerjaTahunan> tersimpan(int tahun) {
        return snapshot.untukTahun(tahun).map(s -> KinerjaJson.baca(s.getIsi()));
    }

    /**
     * Fixes the year: stores its read model with the rule-set version and the fingerprint of its inputs. A year is
     * fixed once; fixing it again is refused with the date it was fixed.
     */
    public SnapshotKinerja tetapkan(int tahun, String oleh, Instant pada) {
        snapshot.untukTahun(tahun).ifPresent(s -> {
            throw new AturanDilanggarException("Kinerja tahun " + tahun + " sudah ditetapkan pada " + s.getDitetapkanPada()
                    + " oleh " + s.getDitetapkanOleh() + "; snapshot tidak dapat diubah.",
                    "The performance of " + tahun + " was already fixed on " + s.getDitetapkanPada() + " by "
                            + s.getDitetapkanOleh() + "; its snapshot cannot change.");
        });
        Ukuran u = ukur(tahun);
        tolakBilaMasihDalamAlur(u.data(), tahun);
        SnapshotKinerja s = new SnapshotKinerja(tahun, u.kinerja().versiAturan(), SidikMasukan.dari(u.data(), u.kebijakan()),
                KinerjaJson.tulis(u.kinerja()), pada, oleh);
        snapshot.simpan(s);
        return s;
    }

    /** Workflow states in which a realisasi is still being checked: the year cannot be fixed over it. */
    private static final Set<String> DALAM_ALUR = Set.of("DIAJUKAN", "DIVERIFIKASI", "DIKEMBALIKAN");

    /**
     * A year is not fixed while any of its realisasi is still in the workflow (submitted, verified but not yet
     * approved, or returned to the unit): the snapshot would freeze a value the verifier or the pimpinan has not
     * settled. Drafts do not block (a unit that never submitted leaves its draft as it is, and the measurement reads
     * every state), nor do approved values. The refusal names every such realisasi.
     */
    static void tolakBilaMasihDalamAlur(PaketData data, int tahun) {
        List<String> dalamAlur = Paket.daftar(data.realisasi()).stream()
                .filter(r -> r.tahun() != null && r.tahun() == tahun && DALAM_ALUR.contains(r.statusAlur()))
                .map(r -> r.indikator() + " " + r.periode() + " (" + r.statusAlur() + ")").sorted().toList();
        if (!dalamAlur.isEmpty()) {
            String daftar = String.join(", ", dalamAlur);
            throw new AturanDilanggarException("Kinerja tahun " + tahun + " belum dapat ditetapkan: " + dalamAlur.size()
                    + " realisasi masih dalam alur verifikasi: " + daftar + ". Selesaikan alurnya"
                    + " (diverifikasi lalu ditetapkan pimpinan) lebih dulu.", "The performance of " + tahun + " cannot be fixed yet: " + dalamAlur.size()
                    + " realisasi are still in the verification workflow: " + daftar + ". Settle them first.");
        }
    }

    /** The figures a recomputation today would change in the year's snapshot; empty when the year is not fixed. */
    public Optional<List<PerbandinganKinerja.Selisih>> bandingkanDenganSnapshot(int tahun) {
        return tersimpan(tahun).map(lama -> PerbandinganKinerja.bandingkan(lama, hitung(tahun)));
    }
}
