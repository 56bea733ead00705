package id.akuntara.core.plugin.cdi;

import id.akuntara.core.domain.pemda.PemdaRepository;
import id.akuntara.core.domain.pemda.PengaturanPemdaRepository;
import id.akuntara.core.plugin.PemetaPengaturanPemda;
import id.akuntara.core.plugin.PengaturanPemda;
import id.akuntara.core.plugin.PengaturanPemdaSource;
import id.akuntara.core.tenancy.KerjaLatar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A pemda's own settings from the database: the report name from the pemda registry ({@code pemda.nama_laporan}:
 * LAKIP, LKIP, LKjIP) and rounding, averaging, capping and capaian scale from its {@code pengaturan_pemda} row,
 * when it has one. The row is read for that pemda explicitly, so start-up validation (no request, no token) sees
 * every pemda's settings.
 */
@ApplicationScoped
public class PengaturanPemdaBasisData implements PengaturanPemdaSource {

    @Inject
    PemdaRepository pemdaRepository;

    @Inject
    PengaturanPemdaRepository pengaturanRepository;

    @Override
    public PengaturanPemda untuk(String kodePemda) {
        PengaturanPemda dasar = pemdaRepository.cari(kodePemda)
                .map(p -> PengaturanPemda.KOSONG.denganNamaLaporan(p.getNamaLaporan()))
                .orElse(PengaturanPemda.KOSONG);
        return KerjaLatar.jalankan(kodePemda, "sistem:pengaturan-pemda", () -> pengaturanRepository.milikPemdaIni())
                .map(simpanan -> PemetaPengaturanPemda.terapkan(dasar, simpanan))
                .orElse(dasar);
    }
}
