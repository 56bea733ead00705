package id.akuntara.core.application;

import id.akuntara.core.domain.pemda.Pemda;
import id.akuntara.core.domain.pemda.PemdaRepository;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.PenggunaTerverifikasi;
import id.akuntara.core.tenancy.TenantContext;
import id.akuntara.core.tenancy.TenantTidakSahException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use cases about the signed-in user and their own pemda. */
@RequestScoped
@Transactional
public class ProfilPenggunaService {

    @Inject
    PenggunaSaatIni penggunaSaatIni;

    @Inject
    TenantContext tenant;

    @Inject
    PemdaRepository pemdaRepository;

    /** The user's profile; {@code pemda} is filled only when the user belongs to exactly one pemda. */
    public ProfilPengguna profil() {
        PenggunaTerverifikasi pengguna = penggunaSaatIni.get();
        ProfilPengguna.PemdaRingkas pemda = pengguna.organisasi().size() == 1
                ? pemdaRepository.cari(pengguna.organisasi().get(0)).map(ProfilPenggunaService::ringkas).orElse(null)
                : null;
        return new ProfilPengguna(pengguna.username(), pengguna.nama(), pengguna.email(), pemda,
                pengguna.organisasi(), pengguna.peran().stream().sorted().toList());
    }

    /** The current tenant's pemda; refused for users of no or several pemda. */
    public ProfilPengguna.PemdaRingkas pemdaSaya() {
        String kode = tenant.kodePemda();
        return pemdaRepository.cari(kode).map(ProfilPenggunaService::ringkas)
                .orElseThrow(() -> new TenantTidakSahException("Pemda '" + kode + "' belum terdaftar di Akuntara."));
    }

    private static ProfilPengguna.PemdaRingkas ringkas(Pemda p) {
        return new ProfilPengguna.PemdaRingkas(p.getKode(), p.getNama(), p.getTingkat().name(), p.getNamaLaporan());
    }
}
