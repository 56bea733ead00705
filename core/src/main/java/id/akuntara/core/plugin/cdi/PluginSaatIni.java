package id.akuntara.core.plugin.cdi;

import id.akuntara.core.plugin.KonfigurasiPemda;
import id.akuntara.core.tenancy.TenantContext;
import id.akuntara.spi.TenantPlugin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The plugin and configuration of the current request's pemda (the tenant of the verified token). Services
 * inject this bean, or {@link TenantPlugin} directly (produced here, request-scoped, so even an application-scoped
 * service always sees the current tenant's plugin). Background work has no request: it asks
 * {@link LayananPlugin} with its explicit pemda code.
 */
@RequestScoped
public class PluginSaatIni {

    @Inject
    TenantContext tenant;

    @Inject
    LayananPlugin layanan;

    private KonfigurasiPemda konfigurasi;

    /** The current pemda's configuration, computed once per request. */
    public KonfigurasiPemda konfigurasi() {
        if (konfigurasi == null) {
            konfigurasi = layanan.konfigurasiUntuk(tenant.kodePemda());
        }
        return konfigurasi;
    }

    /** The current pemda's plugin. */
    @Produces
    @RequestScoped
    public TenantPlugin plugin() {
        return layanan.pluginUntuk(tenant.kodePemda());
    }
}
