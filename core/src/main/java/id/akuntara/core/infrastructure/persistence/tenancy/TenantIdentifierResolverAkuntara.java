package id.akuntara.core.infrastructure.persistence.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate's view of the current pemda ({@code hibernate.tenant_identifier_resolver} in persistence.xml): the
 * value every {@code @TenantId} column is filtered by and written with. See {@link PenentuTenant}.
 */
public class TenantIdentifierResolverAkuntara implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return PenentuTenant.kodePemdaSaatIni();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        // a JTA-bound session must not change tenant; sessions never outlive a request or a KerjaLatar call
        return true;
    }
}
