package id.akuntara.core.application.rencana;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.domain.organisasi.UnitOrganisasi;
import id.akuntara.core.domain.rencana.AnggotaIku;
import id.akuntara.core.domain.rencana.Iku;
import id.akuntara.core.domain.rencana.IndikatorKinerja;
import id.akuntara.core.domain.rencana.Renstra;
import id.akuntara.core.domain.rencana.RenstraRepository;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link IkuService} over the repositories. */
@RequestScoped
@Transactional
public class IkuServiceImpl implements IkuService {

    private PenggunaSaatIni pengguna;
    private RenstraRepository repo;

    protected IkuServiceImpl() {
    }

    @Inject
    public IkuServiceImpl(PenggunaSaatIni pengguna, RenstraRepository repo) {
        this.pengguna = pengguna;
        this.repo = repo;
    }

    @Override
    public List<IkuService.IkuPemda> daftar() {
        Akses.wajib(pengguna, RenstraServiceImpl.BACA);
        Map<String, List<AnggotaIku>> anggota = anggota();
        return repo.semuaIku().stream().map(i -> dto(i, anggota.getOrDefault(i.getKode(), List.of()))).toList();
    }

    @Override
    public IkuService.IkuPemda pilih(String kode, Isian isian) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        Iku iku = repo.cariIku(kode).orElseThrow(() -> new TidakDitemukanException("IKU " + kode + " tidak ditemukan.",
                "IKU " + kode + " not found."));
        Isian i = isian == null ? new Isian(null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();
        List<IndikatorKinerja> dipilih = new ArrayList<>();
        if (i.indikator() == null || i.indikator().isEmpty()) {
            g.tambah("indikator", null, "Pilih paling sedikit satu indikator.", "Choose at least one indicator.");
        } else {
            Set<String> sudah = new HashSet<>();
            for (int n = 0; n < i.indikator().size(); n++) {
                String field = "indikator[" + n + "]";
                String k = Periksa.opsional(i.indikator().get(n));
                if (k == null) {
                    g.tambah(field, i.indikator().get(n), "Kode indikator wajib diisi.", "The indicator code is required.");
                    continue;
                }
                if (!sudah.add(k)) {
                    g.tambah(field, k, "Indikator disebut dua kali.", "The indicator is named twice.");
                    continue;
                }
                Optional<IndikatorKinerja> ind = repo.cariIndikator(k);
                if (ind.isEmpty()) {
                    g.tambah(field, k, "Indikator tidak ada di pemda ini.", "No such indicator in this pemda.");
                } else if (!(ind.get().dokumen() instanceof Renstra)) {
                    g.tambah(field, k, "IKU dipilih dari indikator Renstra; indikator ini milik RPJMD.",
                            "The IKU is chosen from the Renstra's indicators; this one belongs to the RPJMD.");
                } else {
                    dipilih.add(ind.get());
                }
            }
        }
        Periksa.akhiri(g, "IKU " + kode, i.versi(), iku.getVersi());
        Map<String, AnggotaIku> lama = new HashMap<>();
        anggota().getOrDefault(kode, List.of()).forEach(a -> lama.put(a.getIndikator().getKode(), a));
        for (int n = 0; n < dipilih.size(); n++) {
            AnggotaIku a = lama.remove(dipilih.get(n).getKode());
            if (a == null) {
                repo.simpan(new AnggotaIku(iku, dipilih.get(n), n + 1));
            } else if (a.getUrutan() != n + 1) {
                a.pindahKe(n + 1);
            }
        }
        lama.values().forEach(repo::hapus);
        repo.naikkanVersi(iku);
        repo.tulisSekarang();
        return dto(iku, anggota().getOrDefault(kode, List.of()));
    }

    private Map<String, List<AnggotaIku>> anggota() {
        Map<String, List<AnggotaIku>> m = new HashMap<>();
        repo.anggotaIku().forEach(a -> m.computeIfAbsent(a.getIku().getKode(), x -> new ArrayList<>()).add(a));
        return m;
    }

    private static IkuService.IkuPemda dto(Iku i, List<AnggotaIku> anggota) {
        return new IkuService.IkuPemda(i.getKode(), i.getNama(), i.getDasarHukum(), i.getTahunMulai(), i.getTahunSelesai(),
                i.getUnit().map(UnitOrganisasi::getKode).orElse(null),
                anggota.stream().map(a -> new Anggota(a.getUrutan(), a.getIndikator().getKode(), a.getIndikator().getNama(),
                        a.getIndikator().getSatuan(), a.getIndikator().dokumen() instanceof Renstra r ? r.getKode() : null)).toList(),
                i.getVersi());
    }
}
