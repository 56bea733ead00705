package id.akuntara.core.application.riwayat;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.domain.bersama.EntitasTenant;
import id.akuntara.core.domain.bersama.EntriPerubahan;
import id.akuntara.core.domain.bersama.RiwayatRepository;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@link RiwayatService} over the audit trail ({@link RiwayatRepository}, row-level security keeps it to the caller's
 * pemda). The kinds are every audited entity, named by its class in kebab-case ({@code PosAnggaran} →
 * {@code pos-anggaran}), with the short names users say for two of them: {@code realisasi} (RealisasiIndikator) and
 * {@code indikator} (IndikatorKinerja). A new audited entity gets its kind by itself.
 */
@RequestScoped
public class RiwayatServiceImpl implements RiwayatService {

    private static final Map<String, String> NAMA_PENDEK = Map.of("RealisasiIndikator", "realisasi",
            "IndikatorKinerja", "indikator");

    @Inject
    RiwayatRepository riwayat;

    @Inject
    PenggunaSaatIni pengguna;

    protected RiwayatServiceImpl() {
    }

    /** Outside CDI (repository tests). */
    public RiwayatServiceImpl(RiwayatRepository riwayat, PenggunaSaatIni pengguna) {
        this.riwayat = riwayat;
        this.pengguna = pengguna;
    }

    @Override
    @Transactional
    public RiwayatRekaman riwayat(String jenis, UUID id) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA, Peran.VERIFIKATOR);
        Map<String, Class<? extends EntitasTenant>> daftar = daftar();
        Class<? extends EntitasTenant> kelas = daftar.get(jenis);
        if (kelas == null) {
            String ada = String.join(", ", daftar.keySet());
            throw new TidakDitemukanException("Jenis rekaman '" + jenis + "' tidak dikenal; jenis yang ada: " + ada + ".",
                    "Unknown kind of record '" + jenis + "'; the kinds are: " + ada + ".");
        }
        List<EntriPerubahan> perubahan = riwayat.perubahan(kelas, id);
        if (perubahan.isEmpty()) {
            throw new TidakDitemukanException("Rekaman " + jenis + " " + id + " tidak ditemukan di pemda Anda.",
                    "Record " + jenis + " " + id + " was not found in your pemda.");
        }
        return new RiwayatRekaman(jenis, id.toString(), perubahan.stream().map(RiwayatServiceImpl::entri).toList());
    }

    @Override
    @Transactional
    public List<String> jenis() {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA, Peran.VERIFIKATOR);
        return List.copyOf(daftar().keySet());
    }

    private Map<String, Class<? extends EntitasTenant>> daftar() {
        Map<String, Class<? extends EntitasTenant>> m = new TreeMap<>();
        for (Class<? extends EntitasTenant> k : riwayat.jenisDiaudit()) {
            m.put(nama(k), k);
        }
        return m;
    }

    /** {@code PosAnggaran} → {@code pos-anggaran}, except the short names. */
    static String nama(Class<?> kelas) {
        String sederhana = kelas.getSimpleName();
        String pendek = NAMA_PENDEK.get(sederhana);
        return pendek != null ? pendek : sederhana.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static RiwayatRekaman.Entri entri(EntriPerubahan e) {
        return new RiwayatRekaman.Entri(e.revisi(), e.waktu().toString(), e.username(),
                e.jenis().name().toLowerCase(Locale.ROOT),
                e.isian().stream().map(i -> new RiwayatRekaman.Isian(i.nama(), i.lama(), i.baru())).toList());
    }
}
