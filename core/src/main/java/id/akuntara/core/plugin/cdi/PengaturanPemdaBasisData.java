package id.akuntara.core.plugin.cdi;

import id.akuntara.core.domain.pemda.PemdaRepository;
import id.akuntara.core.plugin.PengaturanPemda;
import id.akuntara.core.plugin.PengaturanPemdaSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A pemda's own settings from the database. Today the pemda table holds one of them, the report name
 * ({@code pemda.nama_laporan}: LAKIP, LKIP, LKjIP); the other settings (scales, policies, outline, terms) stay at
 * the plugin's defaults until the pemda settings table exists (docs/plugins.md says how to add it).
 */
@ApplicationScoped
public class PengaturanPemdaBasisData implements PengaturanPemdaSource {

    @Inject
    PemdaRepository pemdaRepository;

    @Override
    public PengaturanPemda untuk(String kodePemda) {
        return pemdaRepository.cari(kodePemda)
                .map(p -> PengaturanPemda.KOSONG.denganNamaLaporan(p.getNamaLaporan()))
                .orElse(PengaturanPemda.KOSONG);
    }
}
