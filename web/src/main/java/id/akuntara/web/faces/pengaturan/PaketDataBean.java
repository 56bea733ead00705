package id.akuntara.web.faces.pengaturan;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.application.PaketDataService;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.ValidasiGagalException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static id.akuntara.web.faces.PesanHalaman.galat;
import static id.akuntara.web.faces.PesanHalaman.info;
import static id.akuntara.web.faces.PesanHalaman.inggris;
import static id.akuntara.web.faces.PesanHalaman.label;

/**
 * The "Impor paket data" part of {@code pengaturan.xhtml} (issue 13 point 4: a pemda registered by onboarding "can
 * import a data package"): the admin uploads the package file (JSON, docs/data-package.md) and it goes through the
 * same use case as {@code POST /api/v1/paket-data}. A package with errors lists every one with its JSON path and
 * nothing is written; a pemda that already has data is refused with the reason (a package is a first load).
 */
@Named("paketHal")
@ViewScoped
public class PaketDataBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One wrong place of the package, as the page lists it. */
    public record Galat(String jalur, String pesan) implements Serializable {
    }

    @Inject
    PaketDataService layanan;

    private List<Galat> galat = List.of();
    private PaketDataService.HasilImpor hasil;

    public void unggah(FileUploadEvent e) {
        galat = List.of();
        hasil = null;
        String nama = e.getFile().getFileName();
        try {
            hasil = layanan.imporOlehAdmin(new String(e.getFile().getContent(), StandardCharsets.UTF_8));
            info(label("paket.diimpor", nama, hasil.unit(), hasil.pegawai(), hasil.indikator(), hasil.realisasi()));
        } catch (ValidasiGagalException v) {
            galat = v.galat().stream().map(g -> new Galat(g.field(), teks(g))).toList();
            galat("paket:berkas", label("paket.tidakSah", nama, galat.size()));
        } catch (AturanDilanggarException a) {
            galat("paket:berkas", inggris() ? a.pesanEn() : a.getMessage());
        } catch (AksesDitolakException a) {
            galat("paket:berkas", inggris() ? a.pesanEn() : a.getMessage());
        }
    }

    private static String teks(GalatIsian g) {
        return inggris() ? g.pesanEn() : g.pesan();
    }

    public List<Galat> getGalat() {
        return galat;
    }

    public PaketDataService.HasilImpor getHasil() {
        return hasil;
    }
}
