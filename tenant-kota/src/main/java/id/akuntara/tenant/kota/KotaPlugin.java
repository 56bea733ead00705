package id.akuntara.tenant.kota;

import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;

/** Defaults for every pemda at the kota level. */
public final class KotaPlugin implements TenantPlugin {

    @Override
    public String id() {
        return "kota";
    }

    @Override
    public TingkatPemerintahan tingkat() {
        return TingkatPemerintahan.KOTA;
    }

    @Override
    public String sebutanKepalaDaerah() {
        return "Walikota";
    }
}
