package id.akuntara.core.application;

import id.akuntara.core.infrastructure.paket.EksporPaket;
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
