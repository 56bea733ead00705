package id.akuntara.tenant.kabupaten;

import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;

/** Defaults for every pemda at the kabupaten level. */
public final class KabupatenPlugin implements TenantPlugin {

    @Override
    public String id() {
        return "kabupaten";
    }

    @Override
    public TingkatPemerintahan tingkat() {
        return TingkatPemerintahan.KABUPATEN;
    }

    @Override
    public String sebutanKepalaDaerah() {
        return "Bupati";
    }
}
