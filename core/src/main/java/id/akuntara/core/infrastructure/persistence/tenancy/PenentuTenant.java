package id.akuntara.core.infrastructure.persistence.tenancy;

import id.akuntara.core.tenancy.KerjaLatar;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.core.tenancy.TenantTidakSahException;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;

import java.util.Optional;

/**
 * Where the current pemda comes from, in order: background work that named its pemda explicitly
 * ({@link KerjaLatar}), else the verified token of the current request (the same rule as
 * {@link id.akuntara.core.tenancy.TenantContext}: exactly one organization). Anything else yields
 * {@link #TANPA_TENANT}, a value no row carries: such a session sees no tenant data (the Hibernate filter and
 * row-level security both compare with it) and cannot write any. Services that need a tenant ask
 * {@code TenantContext}, which refuses with a clear message.
 */
public final class PenentuTenant {

    /** The tenant identifier of a session without a pemda; matches no row. */
    public static final String TANPA_TENANT = "~tanpa-pemda";

    private PenentuTenant() {
    }

    public static String kodePemdaSaatIni() {
        return KerjaLatar.aktif().map(KerjaLatar.Pelaku::kodePemda)
                .or(() -> penggunaPermintaan().flatMap(PenentuTenant::satuPemda))
                .orElse(TANPA_TENANT);
    }

    /** The username for the audit trail: background work's named user, else the verified user, else "sistem". */
    public static String usernameSaatIni() {
        return KerjaLatar.aktif().map(KerjaLatar.Pelaku::username)
                .or(() -> penggunaPermintaan().map(PenggunaTerverifikasi::username))
                .orElse("sistem");
    }

    private static Optional<String> satuPemda(PenggunaTerverifikasi p) {
        return p.organisasi().size() == 1 ? Optional.of(p.organisasi().get(0)) : Optional.empty();
    }

    private static Optional<PenggunaTerverifikasi> penggunaPermintaan() {
        try {
            CDI<Object> cdi = CDI.current();
            if (!cdi.getBeanManager().getContext(RequestScoped.class).isActive()) {
                return Optional.empty();
            }
            return Optional.of(cdi.select(PenggunaSaatIni.class).get().get());
        } catch (IllegalStateException | ContextNotActiveException | TenantTidakSahException e) {
            // no CDI container (tests, CLI), no request, or no verified user
            return Optional.empty();
        }
    }
}
