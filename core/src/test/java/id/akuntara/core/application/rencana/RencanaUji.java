package id.akuntara.core.application.rencana;

import id.akuntara.core.application.PengukuranPemda;
import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.infrastructure.pengukuran.SumberTersimpan;
import id.akuntara.core.infrastructure.persistence.JpaPengaturanPemdaRepository;
import id.akuntara.core.infrastructure.persistence.JpaRenstraRepository;
import id.akuntara.core.infrastructure.persistence.JpaSnapshotKinerjaRepository;
import id.akuntara.core.infrastructure.persistence.JpaUnitOrganisasiRepository;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.plugin.PluginUji;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.spi.TingkatPemerintahan;
import id.akuntara.core.tenancy.KerjaLatar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A fresh database with one built-in package loaded, and the plan use cases called as a user of that pemda with one
 * role, each call in its own transaction (as one HTTP request is).
 */
final class RencanaUji {

    private static final Map<String, String[]> MODUL = Map.of(
            "kota-tanjungpinang", new String[] {"tenant-kota", "kota"},
            "kota-pangkalpinang", new String[] {"tenant-kota", "kota"},
            "kab-klungkung", new String[] {"tenant-kabupaten", "kabupaten"},
            "prov-kaltim", new String[] {"tenant-provinsi", "provinsi"});

    final BasisDataUji db;
    final String pemda;
    /** The persistence unit as WildFly runs it: JPA query compliance on (no alias on a fetch join, …). */
    private final EntityManagerFactory emf;

    private RencanaUji(BasisDataUji db, String pemda) {
        this.db = db;
        this.pemda = pemda;
        this.emf = Persistence.createEntityManagerFactory("akuntara", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", db.app(),
                "hibernate.hbm2ddl.auto", "validate",
                "hibernate.jpa.compliance.query", "true"));
    }

    /** One transaction for the pemda on behalf of {@code username}, as BasisDataUji does, on the compliant unit. */
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

    static RencanaUji muat(String pemda) {
        BasisDataUji db = BasisDataUji.baru();
        String json;
        try {
            json = Files.readString(Path.of("..", MODUL.get(pemda)[0], "src", "main", "resources", "paket", pemda + ".json"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db.jalankanSebagai(pemda, "uji", em -> new MuatPaketBawaan(em).muat(pemda, "uji:" + pemda, json));
        return new RencanaUji(db, pemda);
    }

    private PenggunaSaatIni pengguna(String peran) {
        PenggunaSaatIni p = new PenggunaSaatIni();
        p.tetapkan(new PenggunaTerverifikasi(peran + ".uji", "Uji " + peran, null, List.of(pemda), Set.of(peran)));
        return p;
    }

    <T> T renstra(String peran, Function<RenstraService, T> kerja) {
        return transaksi(peran + ".uji", em -> kerja.apply(new RenstraServiceImpl(pengguna(peran),
                new JpaRenstraRepository(em), new JpaPengaturanPemdaRepository(em), new JpaUnitOrganisasiRepository(em))));
    }

    <T> T iku(String peran, Function<IkuService, T> kerja) {
        return transaksi(peran + ".uji", em -> kerja.apply(new IkuServiceImpl(pengguna(peran), new JpaRenstraRepository(em))));
    }

    <T> T sumberTarget(String peran, Function<SumberTargetService, T> kerja) {
        return transaksi(peran + ".uji", em -> kerja.apply(new SumberTargetServiceImpl(pengguna(peran),
                new JpaPengaturanPemdaRepository(em))));
    }

    /** The year's figures from the one measurement path, as {@code GET /api/v1/kinerja/{tahun}} gives them. */
    KinerjaTahunan kinerja(int tahun) {
        return transaksi("uji", em -> pengukuran(em).kinerja(tahun));
    }

    private PengukuranPemda pengukuran(EntityManager em) {
        String plugin = MODUL.get(pemda)[1];
        return new PengukuranPemda(new SumberTersimpan(em, pemda),
                new PluginUji(plugin, TingkatPemerintahan.valueOf(plugin.toUpperCase(java.util.Locale.ROOT))),
                new JpaSnapshotKinerjaRepository(em));
    }

    static PohonRenstra.Indikator indikator(PohonRenstra pohon, String kode) {
        return pohon.tujuan().stream().flatMap(t -> java.util.stream.Stream.concat(t.indikator().stream(),
                t.sasaran().stream().flatMap(s -> s.indikator().stream()))).filter(i -> i.kode().equals(kode)).findFirst()
                .orElseThrow(() -> new AssertionError("indikator " + kode + " tidak ada di pohon"));
    }

    static PohonRenstra.TargetTahun target(PohonRenstra pohon, String kode, int tahun) {
        return indikator(pohon, kode).target().stream().filter(t -> t.tahun() == tahun).findFirst().orElseThrow();
    }

    static PohonRenstra.TargetSumber sumber(PohonRenstra.TargetTahun t, String sumber) {
        return t.sumber().stream().filter(s -> s.sumber().equals(sumber)).findFirst()
                .orElseThrow(() -> new AssertionError("sumber " + sumber + " tidak ada: " + t));
    }
}
