package id.akuntara.core.application.rencana;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.domain.pemda.PengaturanPemdaRepository;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.pengukuran.KandidatTarget;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Arrays;

/** {@link SumberTargetService} over the pemda's settings. */
@RequestScoped
@Transactional
public class SumberTargetServiceImpl implements SumberTargetService {

    private PenggunaSaatIni pengguna;
    private PengaturanPemdaRepository repo;

    protected SumberTargetServiceImpl() {
    }

    @Inject
    public SumberTargetServiceImpl(PenggunaSaatIni pengguna, PengaturanPemdaRepository repo) {
        this.pengguna = pengguna;
        this.repo = repo;
    }

    @Override
    public Pengaturan baca() {
        Akses.wajib(pengguna, RenstraServiceImpl.BACA);
        return dto(muat());
    }

    @Override
    public Pengaturan ubah(Isian isian) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        PengaturanPemda p = muat();
        Isian i = isian == null ? new Isian(null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        SumberTarget s = Periksa.sumber(g, "sumberTarget", i.sumberTarget());
        Periksa.akhiri(g, "Pengaturan pemda", i.versi(), p.getVersi());
        p.ubahSumberTarget(s);
        repo.tulisSekarang();
        return dto(p);
    }

    private PengaturanPemda muat() {
        return repo.milikPemdaIni().orElseThrow(() -> new TidakDitemukanException(
                "Pemda ini belum memiliki pengaturan (muat paket datanya dulu).",
                "This pemda has no settings yet (load its data package first)."));
    }

    private static Pengaturan dto(PengaturanPemda p) {
        return new Pengaturan(p.getSumberTarget().name(), Arrays.stream(SumberTarget.values()).map(Enum::name).toList(),
                KandidatTarget.urutanCadangan().stream().map(Enum::name).toList(), p.getVersi());
    }
}
