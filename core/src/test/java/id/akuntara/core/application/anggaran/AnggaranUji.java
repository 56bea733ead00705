package id.akuntara.core.application.anggaran;

import id.akuntara.core.application.PengukuranPemda;
import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.infrastructure.pengukuran.SumberTersimpan;
import id.akuntara.core.infrastructure.persistence.JpaAnggaranRepository;
import id.akuntara.core.infrastructure.persistence.JpaSnapshotKinerjaRepository;
import id.akuntara.core.infrastructure.persistence.JpaUnitOrganisasiRepository;
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
import java.util.function.Function;

/**
 * The budget use case over a real PostgreSQL, as a request would run it: the verified user (username, one pemda,
 * roles), the tenant-scoped transaction on that user's behalf (the audit records that username), and the measurement
 * of the stored data.
 */
public final class AnggaranUji {

    public static final String PANGKALPINANG = "kota-pangkalpinang";

    private AnggaranUji() {
    }

    /** Loads Pangkalpinang's shipped data package (LAKIP 2021) into {@code db}. */
    public static void muatPangkalpinang(BasisDataUji db) {
        try {
            String json = Files.readString(Path.of("..", "tenant-kota", "src", "main", "resources", "paket",
                    PANGKALPINANG + ".json"), StandardCharsets.UTF_8);
            db.jalankanSebagai(PANGKALPINANG, "uji", em -> new MuatPaketBawaan(em).muat(PANGKALPINANG, "uji:" + PANGKALPINANG, json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PenggunaSaatIni pengguna(String pemda, String username, String... peran) {
        PenggunaSaatIni p = new PenggunaSaatIni();
        p.tetapkan(new PenggunaTerverifikasi(username, username, username + "@uji", List.of(pemda), Set.of(peran)));
        return p;
    }

    public static PengukuranPemda pengukuran(EntityManager em, String pemda) {
        return new PengukuranPemda(new SumberTersimpan(em, pemda), new PluginUji("kota", TingkatPemerintahan.KOTA),
                new JpaSnapshotKinerjaRepository(em));
    }

    public static AnggaranServiceImpl layanan(EntityManager em, String pemda, PenggunaSaatIni pengguna) {
        return new AnggaranServiceImpl(new JpaAnggaranRepository(em), new JpaUnitOrganisasiRepository(em),
                new JpaSnapshotKinerjaRepository(em), pengguna, t -> pengukuran(em, pemda).kinerjaBersumber(t), () -> pemda);
    }

    /** Runs {@code kerja} in one transaction of {@code pemda} as {@code username} with {@code peran}. */
    public static <T> T sebagai(BasisDataUji db, String pemda, String username, String peran,
            Function<AnggaranServiceImpl, T> kerja) {
        return db.transaksi(pemda, username, em -> kerja.apply(layanan(em, pemda, pengguna(pemda, username, peran))));
    }
}
