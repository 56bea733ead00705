package id.akuntara.core.application;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.infrastructure.paket.EksporPaket;
import id.akuntara.core.paket.GalatPaket;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.infrastructure.paket.ImporPaket;
import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.paket.PaketTidakSahException;
import id.akuntara.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Import and export of the current pemda's data package (docs/data-package.md). The pemda is the one of the
 * verified token; import is one transaction: any error rolls everything back, and every error is reported.
 */
@RequestScoped
public class PaketDataService {

    @PersistenceContext(unitName = "akuntara")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    PenggunaSaatIni penggunaSaatIni;

    /** What an import wrote, for the caller to check against the package. */
    public record HasilImpor(String pemda, int unit, int pegawai, int indikator, int realisasi) {
    }

    /**
     * The data package of the caller's pemda imported by its {@code admin-pemda} (issue 13 point 4: a new pemda "can
     * import a data package"; {@code POST /api/v1/paket-data}). The package is checked first and EVERY error is
     * reported ({@link ValidasiGagalException}, the field being the error's JSON path); a package of another pemda is
     * refused the same way. A pemda that already has data is refused with {@link AturanDilanggarException} (409):
     * a package is a first load (docs/data-package.md), not a merge. One transaction: nothing is written on a refusal.
     */
    @Transactional
    public HasilImpor imporOlehAdmin(String json) {
        Akses.wajib(penggunaSaatIni, Peran.ADMIN_PEMDA);
        String kode = tenant.kodePemda();
        HasilPemeriksaan hasil = Paket.periksa(json == null ? "" : json);
        if (!hasil.sah()) {
            throw validasi(hasil.galat());
        }
        PaketData paket = hasil.paket().orElseThrow();
        ImporPaket impor = new ImporPaket(em);
        if (kode.equals(paket.pemda()) && !impor.pemdaMasihKosong()) {
            throw new AturanDilanggarException("Pemda " + kode + " sudah memiliki data; paket data hanya dapat diimpor ke"
                    + " pemda yang masih kosong (pengaturan tidak dihitung). Tidak ada yang ditulis.",
                    "The pemda " + kode + " already has data; a data package can only be imported into an empty pemda"
                            + " (settings do not count). Nothing was written.");
        }
        try {
            impor.impor(paket, kode);
        } catch (PaketTidakSahException e) {
            throw validasi(e.galat());
        }
        return new HasilImpor(kode, jumlah(paket.unit()), jumlah(paket.pegawai()), jumlah(paket.indikator()),
                jumlah(paket.realisasi()));
    }

    private static int jumlah(java.util.List<?> daftar) {
        return daftar == null ? 0 : daftar.size();
    }

    private static ValidasiGagalException validasi(java.util.List<GalatPaket> galat) {
        return new ValidasiGagalException(galat.stream().map(g -> new GalatIsian(g.jalur(), null, g.pesan(),
                "Data package: " + g.pesan())).toList());
    }

    /** Checks and imports; throws {@link PaketTidakSahException} (with every error) when nothing was written. */
    @Transactional(rollbackOn = PaketTidakSahException.class)
    public void impor(String json) {
        HasilPemeriksaan hasil = Paket.periksa(json);
        if (!hasil.sah()) {
            throw new PaketTidakSahException(hasil.galat());
        }
        new ImporPaket(em).impor(hasil.paket().orElseThrow(), tenant.kodePemda());
    }

    /**
     * The current pemda's data as a package, for the reports: the words they print (narrative, organisation, staff
     * tables, PK parties and rows) come from it, the figures from {@link PengukuranService}.
     */
    @Transactional
    public PaketData data() {
        return new EksporPaket(em).ekspor(tenant.kodePemda());
    }

    /** The current pemda's package, canonical JSON. */
    @Transactional
    public String ekspor() {
        return Paket.tulis(new EksporPaket(em).ekspor(tenant.kodePemda()));
    }
}
