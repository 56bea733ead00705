package id.akuntara.core.application.pengaturan;

import id.akuntara.core.application.PengukuranPemda;
import id.akuntara.core.application.riwayat.RiwayatRekaman;
import id.akuntara.core.application.riwayat.RiwayatServiceImpl;
import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.infrastructure.pengukuran.SumberTersimpan;
import id.akuntara.core.infrastructure.persistence.JpaPemdaRepository;
import id.akuntara.core.infrastructure.persistence.JpaPengaturanPemdaRepository;
import id.akuntara.core.infrastructure.persistence.JpaSnapshotKinerjaRepository;
import id.akuntara.core.infrastructure.persistence.audit.JpaRiwayatRepository;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.plugin.PluginUji;
import id.akuntara.core.tenancy.KerjaLatar;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.spi.TingkatPemerintahan;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A fresh database with one built-in package loaded; the settings use case called as a user of that pemda with one
 * role, each call in its own transaction (as one HTTP request is), and the measurement over the same data.
 */
final class PengaturanUji {

    private static final Map<String, String[]> MODUL = Map.of(
            "kota-tanjungpinang", new String[] {"tenant-kota", "kota"},
            "kota-pangkalpinang", new String[] {"tenant-kota", "kota"},
            "kab-klungkung", new String[] {"tenant-kabupaten", "kabupaten"});

    final String pemda;
    private final EntityManagerFactory emf;

    private PengaturanUji(BasisDataUji db, String pemda) {
        this.pemda = pemda;
        this.emf = Persistence.createEntityManagerFactory("akuntara", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", db.app(),
                "hibernate.hbm2ddl.auto", "validate"));
    }

    static PengaturanUji muat(String pemda) {
        BasisDataUji db = BasisDataUji.baru();
        String json;
        try {
            json = Files.readString(Path.of("..", MODUL.get(pemda)[0], "src", "main", "resources", "paket", pemda + ".json"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db.jalankanSebagai(pemda, "uji", em -> new MuatPaketBawaan(em).muat(pemda, "uji:" + pemda, json));
        return new PengaturanUji(db, pemda);
    }

    <T> T transaksi(String username, Function<EntityManager, T> kerja) {
        return KerjaLatar.jalankan(pemda, username, () -> {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T hasil = kerja.apply(em);
                em.getTransaction().commit();
                return hasil;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            } finally {
                em.close();
            }
        });
    }

    private PenggunaSaatIni pengguna(String peran) {
        PenggunaSaatIni p = new PenggunaSaatIni();
        p.tetapkan(new PenggunaTerverifikasi(peran + ".uji", "Uji " + peran, null, List.of(pemda), Set.of(peran)));
        return p;
    }

    private PluginUji plugin() {
        String id = MODUL.get(pemda)[1];
        return new PluginUji(id, TingkatPemerintahan.valueOf(id.toUpperCase(Locale.ROOT)));
    }

    <T> T pengaturan(String peran, Function<PengaturanService, T> kerja) {
        return transaksi(peran + ".uji", em -> kerja.apply(new PengaturanServiceImpl(pengguna(peran),
                new JpaPengaturanPemdaRepository(em), new JpaPemdaRepository(em), plugin())));
    }

    RiwayatRekaman riwayat(String id) {
        return transaksi("admin-pemda.uji", em -> new RiwayatServiceImpl(new JpaRiwayatRepository(em),
                pengguna("admin-pemda")).riwayat("pengaturan-pemda", UUID.fromString(id)));
    }

    /** The year's figures from the one measurement path, as {@code GET /api/v1/kinerja/{tahun}} gives them. */
    KinerjaTahunan kinerja(int tahun) {
        return transaksi("uji", em -> new PengukuranPemda(new SumberTersimpan(em, pemda), plugin(),
                new JpaSnapshotKinerjaRepository(em)).kinerja(tahun));
    }
}
