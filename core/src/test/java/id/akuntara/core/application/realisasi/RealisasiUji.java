package id.akuntara.core.application.realisasi;

import id.akuntara.core.application.PengukuranPemda;
import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.infrastructure.pengukuran.SumberTersimpan;
import id.akuntara.core.infrastructure.persistence.JpaRealisasiRepository;
import id.akuntara.core.infrastructure.persistence.JpaSnapshotKinerjaRepository;
import id.akuntara.core.infrastructure.persistence.audit.JpaRiwayatRepository;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.plugin.PluginUji;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.core.testsupport.BasisDataUji;
import id.akuntara.spi.TingkatPemerintahan;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The realisasi use cases over a real database for the tests: the built-in packages, a user with one role. */
final class RealisasiUji {

    static final String KLUNGKUNG = "kab-klungkung";
    static final String PANGKALPINANG = "kota-pangkalpinang";

    private RealisasiUji() {
    }

    /** Loads the built-in package of a pemda (as the server does at start-up). */
    static void muatPaket(BasisDataUji db, String pemda) {
        String tingkat = pemda.startsWith("kab-") ? "tenant-kabupaten" : pemda.startsWith("kota-") ? "tenant-kota"
                : "tenant-provinsi";
        try {
            String json = Files.readString(Path.of("..", tingkat, "src", "main", "resources", "paket", pemda + ".json"),
                    StandardCharsets.UTF_8);
            db.jalankanSebagai(pemda, "uji", em -> new MuatPaketBawaan(em).muat(pemda, "uji:" + pemda, json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PengukuranPemda pengukuran(EntityManager em, String pemda) {
        String plugin = pemda.startsWith("kab-") ? "kabupaten" : pemda.startsWith("kota-") ? "kota" : "provinsi";
        TingkatPemerintahan tingkat = pemda.startsWith("kab-") ? TingkatPemerintahan.KABUPATEN
                : pemda.startsWith("kota-") ? TingkatPemerintahan.KOTA : TingkatPemerintahan.PROVINSI;
        return new PengukuranPemda(new SumberTersimpan(em, pemda), new PluginUji(plugin, tingkat),
                new JpaSnapshotKinerjaRepository(em));
    }

    /** The use cases as {@code username} of {@code pemda} holding {@code peran}, inside the caller's transaction. */
    static RealisasiService layanan(EntityManager em, String pemda, String username, String... peran) {
        PenggunaSaatIni pengguna = new PenggunaSaatIni();
        pengguna.tetapkan(new PenggunaTerverifikasi(username, username, username + "@contoh.go.id", List.of(pemda),
                Set.of(peran)));
        PengukuranPemda ukur = pengukuran(em, pemda);
        return new LayananRealisasi(new JpaRealisasiRepository(em), new JpaRiwayatRepository(em), new PengukuranRealisasi() {
                    @Override
                    public KinerjaTahunan hitung(int tahun) {
                        return ukur.hitung(tahun);
                    }

                    @Override
                    public KinerjaTahunan kinerja(int tahun) {
                        return ukur.kinerja(tahun);
                    }

                    @Override
                    public boolean ditetapkan(int tahun) {
                        return ukur.tersimpan(tahun).isPresent();
                    }
                }, pengguna);
    }
}
