package id.akuntara.core.application;

import id.akuntara.core.infrastructure.paket.EksporPaket;
import id.akuntara.core.kualitas.PemeriksaKualitasData;
import id.akuntara.core.kualitas.TemuanKualitas;
import id.akuntara.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The data-quality findings of the current pemda (the verified token's): its data exported to a data package
 * ({@link EksporPaket}) and run through every declarative check ({@link PemeriksaKualitasData}).
 */
@RequestScoped
public class KualitasDataService {

    /** The findings of one pemda. */
    public record LaporanKualitasData(String pemda, int jumlahTemuan, List<TemuanKualitas> temuan) {
    }

    @PersistenceContext(unitName = "akuntara")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Transactional
    public LaporanKualitasData periksa() {
        String kode = tenant.kodePemda();
        List<TemuanKualitas> temuan = PemeriksaKualitasData.periksa(new EksporPaket(em).ekspor(kode));
        return new LaporanKualitasData(kode, temuan.size(), temuan);
    }
}
