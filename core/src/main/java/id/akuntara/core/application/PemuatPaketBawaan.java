package id.akuntara.core.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.akuntara.core.domain.pemda.Pemda;
import id.akuntara.core.domain.pemda.PemdaRepository;
import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.paket.GalatPaket;
import id.akuntara.core.paket.PaketTidakSahException;
import id.akuntara.core.plugin.cdi.LayananPlugin;
import id.akuntara.core.tenancy.KerjaLatar;
import id.akuntara.spi.TenantPlugin;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * First start: every registered pemda whose plugin ships a data package for it ({@code TenantPlugin#paketData()},
 * matched by the package's {@code pemda}) and which has not loaded one yet gets it imported — after the plugins
 * were validated ({@link LayananPlugin}'s start-up observer runs first: default priority
 * {@code APPLICATION + 500}, this one {@code + 600}). Each pemda is one background unit of work
 * ({@link KerjaLatar}, user {@value #PENGGUNA}) and one transaction; the marker table {@code paket_dimuat} makes a
 * restart skip it. A package that fails its checks or the import is logged at SEVERE with every error and leaves
 * nothing behind; the other pemda are still loaded.
 */
@ApplicationScoped
public class PemuatPaketBawaan {

    static final String PENGGUNA = "sistem:paket-bawaan";

    private static final Logger LOG = Logger.getLogger(PemuatPaketBawaan.class.getName());

    @Inject
    LayananPlugin layananPlugin;

    @Inject
    PemdaRepository pemdaRepository;

    @Inject
    ImporPaketBawaan impor;

    void saatMulai(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class)
            Object peristiwa) {
        for (Pemda pemda : pemdaRepository.semua()) {
            TenantPlugin plugin = layananPlugin.pluginUntuk(pemda.getKode());
            for (String sumber : plugin.paketData()) {
                Optional<String> json = baca(plugin, sumber);
                if (json.isPresent() && pemda.getKode().equals(kodePemda(json.get()))) {
                    muat(pemda.getKode(), plugin.id() + ":" + sumber, json.get());
                }
            }
        }
    }

    private void muat(String kode, String sumber, String json) {
        try {
            MuatPaketBawaan.Hasil h = KerjaLatar.jalankan(kode, PENGGUNA, () -> impor.muat(kode, sumber, json));
            LOG.info(() -> "Paket data bawaan " + sumber + " untuk pemda " + kode + ": "
                    + (h == MuatPaketBawaan.Hasil.DIMUAT ? "dimuat" : "sudah dimuat sebelumnya, dilewati"));
        } catch (PaketTidakSahException e) {
            StringBuilder sb = new StringBuilder("Paket data bawaan " + sumber + " untuk pemda " + kode
                    + " TIDAK dimuat (tidak ada yang ditulis): " + e.galat().size() + " galat");
            for (GalatPaket g : e.galat()) {
                sb.append("\n  ").append(g.jalur()).append(": ").append(g.pesan());
            }
            LOG.severe(sb.toString());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Paket data bawaan " + sumber + " untuk pemda " + kode
                    + " TIDAK dimuat (transaksi dibatalkan): " + e.getMessage(), e);
        }
    }

    private static Optional<String> baca(TenantPlugin plugin, String sumber) {
        try (InputStream in = plugin.getClass().getClassLoader().getResourceAsStream(sumber)) {
            if (in == null) {
                LOG.severe("Paket data bawaan " + sumber + " plugin " + plugin.id() + " tidak ditemukan");
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Paket data bawaan " + sumber + " plugin " + plugin.id() + " tidak dapat dibaca", e);
            return Optional.empty();
        }
    }

    /** The package's {@code pemda}, or null when the text is not a JSON object naming one. */
    static String kodePemda(String json) {
        try {
            JsonNode n = new ObjectMapper().readTree(json);
            return n != null && n.hasNonNull("pemda") ? n.get("pemda").asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
