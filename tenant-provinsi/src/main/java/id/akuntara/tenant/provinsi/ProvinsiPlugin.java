package id.akuntara.tenant.provinsi;

import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;

/** Defaults for every pemda at the provinsi level. */
public final class ProvinsiPlugin implements TenantPlugin {

    @Override
    public String id() {
        return "provinsi";
    }

    @Override
    public TingkatPemerintahan tingkat() {
        return TingkatPemerintahan.PROVINSI;
    }

    @Override
    public String sebutanKepalaDaerah() {
        return "Gubernur";
    }
}
