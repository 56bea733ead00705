package id.akuntara.core.application.pengaturan;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.rencana.Periksa;
import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.BatasCapaian;
import id.akuntara.core.calc.BatasPita;
import id.akuntara.core.calc.KebijakanAgregasi;
import id.akuntara.core.calc.MasalahSkala;
import id.akuntara.core.calc.ModePembulatan;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.core.calc.PitaPredikat;
import id.akuntara.core.calc.SkalaPredikat;
import id.akuntara.core.domain.pemda.PemdaRepository;
import id.akuntara.core.domain.pemda.PengaturanPemda;
import id.akuntara.core.domain.pemda.PengaturanPemdaRepository;
import id.akuntara.core.domain.rencana.SumberTarget;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import id.akuntara.core.paket.LogoPng;
import id.akuntara.core.plugin.KonfigurasiPemda;
import id.akuntara.core.plugin.NilaiBerlapis;
import id.akuntara.core.plugin.PemetaPengaturanPemda;
import id.akuntara.core.plugin.PenyusunKonfigurasi;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.TenantPlugin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PengaturanService} over the pemda's settings record. The effective values are the three layers laid by
 * {@link PenyusunKonfigurasi} exactly as the measurement lays them; the scale is checked by the calculation engine
 * ({@link SkalaPredikat#validasi()}), whose message names the bands of each gap or overlap.
 */
@RequestScoped
@Transactional
public class PengaturanServiceImpl implements PengaturanService {

    private PenggunaSaatIni pengguna;
    private PengaturanPemdaRepository repo;
    private PemdaRepository pemda;
    private TenantPlugin plugin;

    protected PengaturanServiceImpl() {
    }

    @Inject
    public PengaturanServiceImpl(PenggunaSaatIni pengguna, PengaturanPemdaRepository repo, PemdaRepository pemda,
            TenantPlugin plugin) {
        this.pengguna = pengguna;
        this.repo = repo;
        this.pemda = pemda;
        this.plugin = plugin;
    }

    @Override
    public Pengaturan baca() {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN);
        return dto(muat());
    }

    @Override
    public Pengaturan ubah(Isian isian) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA);
        PengaturanPemda p = muat();
        Isian i = isian == null ? new Isian(null, null, null, null, null, null, null, null, null, null, null) : isian;
        var g = new ValidasiGagalException.Pengumpul();

        SumberTarget sumber = Periksa.sumber(g, "sumberTarget", i.sumberTarget());
        Optional<SkalaPredikat> skala = skala(g, i.skala());
        Integer desimal = i.desimal();
        if (desimal == null || desimal < 0 || desimal > DESIMAL_MAKS) {
            g.tambah("desimal", desimal, "Jumlah desimal tampilan wajib diisi, 0 sampai " + DESIMAL_MAKS + ".",
                    "Display decimals are required, 0 to " + DESIMAL_MAKS + ".");
        }
        ModePembulatan mode = pilihan(g, "modePembulatan", i.modePembulatan(), ModePembulatan.class,
                "Cara pembulatan", "Rounding mode");
        BigDecimal batas = batasCapaian(g, i.batasCapaian());
        PenangananKosong kosong = pilihan(g, "penangananKosong", i.penangananKosong(), PenangananKosong.class,
                "Penanganan nilai kosong", "Blank policy");
        String namaLaporan = namaLaporan(g, i.namaLaporan());
        String kepala = Periksa.opsional(i.kepalaDaerah());
        if (kepala != null && kepala.length() > 200) {
            g.tambah("kepalaDaerah", kepala, "Sebutan kepala daerah paling panjang 200 karakter.",
                    "The head of region's title is at most 200 characters.");
        }
        String logo = Periksa.opsional(i.logo());
        if (logo != null) {
            LogoPng.periksa(logo).ifPresent(m -> g.tambah("logo", "(" + logo.length() + " karakter base64)",
                    "Logo " + m.pesan() + ".", "The logo is " + m.pesanEn() + "."));
        }
        Periksa.akhiri(g, "Pengaturan pemda", i.versi(), p.getVersi());

        boolean bulatkanDulu = i.bulatkanDulu() != null ? i.bulatkanDulu() : p.kebijakanAgregasi().bulatkanDulu();
        p.ubahKebijakan(sumber, new Pembulatan(desimal, mode),
                batas == null ? BatasCapaian.TANPA : BatasCapaian.maksimum(batas),
                new KebijakanAgregasi(bulatkanDulu, kosong, Pembulatan.STANDAR));
        // the old bands are deleted before the new ones are inserted (Hibernate would insert first and hit the
        // unique (pengaturan, urutan)); one transaction, so the audit still holds one revision, old → new
        p.gantiSkala(null);
        repo.tulisSekarang();
        p.gantiSkala(skala.orElse(null));
        p.ubahLaporan(namaLaporan, kepala, p.getKerangkaLaporan().orElse(null));
        p.ubahLogo(logo);
        repo.tulisSekarang();
        return dto(p);
    }

    private PengaturanPemda muat() {
        return repo.milikPemdaIni().orElseThrow(() -> new TidakDitemukanException(
                "Pemda ini belum memiliki pengaturan (muat paket datanya dulu).",
                "This pemda has no settings yet (load its data package first)."));
    }

    /**
     * The bands read one by one (label, numbers in Indonesian notation, lower bound not above the upper), then — only
     * when every band is readable — the engine's own check for gaps and overlaps between adjacent bands.
     */
    private static Optional<SkalaPredikat> skala(ValidasiGagalException.Pengumpul g, Skala s) {
        if (s == null) {
            return Optional.empty();
        }
        String nama = Periksa.wajib(g, "skala.nama", s.nama(), "Nama skala", "Scale name");
        List<Pita> daftar = s.pita() == null ? List.of() : s.pita();
        if (daftar.isEmpty()) {
            g.tambah("skala.pita", null, "Skala memerlukan sedikitnya satu pita predikat.",
                    "A scale needs at least one predikat band.");
            return Optional.empty();
        }
        List<PitaPredikat> pita = new ArrayList<>();
        Set<String> label = new HashSet<>();
        boolean terbaca = nama != null;
        for (int n = 0; n < daftar.size(); n++) {
            Pita p = daftar.get(n) == null ? new Pita(null, null, null, null, null) : daftar.get(n);
            String f = "skala.pita[" + n + "]";
            String l = Periksa.wajib(g, f + ".label", p.label(), "Label pita", "Band label");
            if (l != null && !label.add(l.toLowerCase(Locale.ROOT))) {
                g.tambah(f + ".label", l, "Label pita '" + l + "' dipakai dua kali.", "Band label '" + l + "' is used twice.");
                l = null;
            }
            BigDecimal bawah = Periksa.angka(g, f + ".bawah", p.bawah());
            BigDecimal atas = Periksa.angka(g, f + ".atas", p.atas());
            boolean angkaSah = (blank(p.bawah()) || bawah != null) && (blank(p.atas()) || atas != null);
            if (angkaSah && bawah == null && atas == null && daftar.size() > 1) {
                g.tambah(f, l, "Pita " + (l == null ? n + 1 : "'" + l + "'") + " tanpa batas bawah maupun atas menutup semua nilai.",
                        "A band without lower and upper bound covers every value.");
                angkaSah = false;
            }
            if (bawah != null && atas != null && bawah.compareTo(atas) > 0) {
                g.tambah(f, l, "Batas bawah pita '" + l + "' (" + AngkaFormatter.formatTepat(bawah)
                        + ") lebih besar dari batas atasnya (" + AngkaFormatter.formatTepat(atas) + ").",
                        "The band's lower bound is above its upper bound.");
                angkaSah = false;
            }
            if (l == null || !angkaSah) {
                terbaca = false;
                continue;
            }
            pita.add(new PitaPredikat(l,
                    Optional.ofNullable(bawah).map(b -> new BatasPita(b, Boolean.TRUE.equals(p.bawahInklusif()))),
                    Optional.ofNullable(atas).map(a -> new BatasPita(a, Boolean.TRUE.equals(p.atasInklusif())))));
        }
        if (!terbaca) {
            return Optional.empty();
        }
        SkalaPredikat skala = new SkalaPredikat(nama, pita);
        for (MasalahSkala m : skala.validasi()) {
            g.tambah("skala.pita", null, "Skala ditolak: " + m.pesan() + ".",
                    "Scale refused: " + (m.jenis() == MasalahSkala.Jenis.CELAH ? "gap" : "overlap") + " — " + m.pesan() + ".");
        }
        return Optional.of(skala);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The capping maximum: blank for none, else a percentage of at least 100 (a cap below 100 would lower a met target). */
    private static BigDecimal batasCapaian(ValidasiGagalException.Pengumpul g, String teks) {
        BigDecimal b = Periksa.angka(g, "batasCapaian", teks);
        if (b != null && (b.compareTo(BigDecimal.valueOf(100)) < 0 || b.compareTo(BigDecimal.valueOf(99999)) > 0
                || b.stripTrailingZeros().scale() > 4)) {
            g.tambah("batasCapaian", teks, "Batas capaian harus antara 100 dan 99.999 persen (paling banyak 4 desimal), atau kosong.",
                    "The capping maximum must be 100 to 99,999 percent (at most 4 decimals), or blank.");
            return null;
        }
        return b;
    }

    private static String namaLaporan(ValidasiGagalException.Pengumpul g, String teks) {
        String n = Periksa.opsional(teks);
        if (n == null) {
            return null;
        }
        Optional<String> cocok = NAMA_LAPORAN.stream().filter(x -> x.equalsIgnoreCase(n)).findFirst();
        if (cocok.isEmpty()) {
            g.tambah("namaLaporan", teks, "Nama laporan harus salah satu dari " + String.join(", ", NAMA_LAPORAN) + ".",
                    "The report's name must be one of " + String.join(", ", NAMA_LAPORAN) + ".");
            return null;
        }
        return cocok.get();
    }

    private static <E extends Enum<E>> E pilihan(ValidasiGagalException.Pengumpul g, String field, String teks,
            Class<E> jenis, String namaId, String namaEn) {
        String pilihan = String.join(", ", Arrays.stream(jenis.getEnumConstants()).map(Enum::name).toList());
        if (Periksa.wajib(g, field, teks, namaId, namaEn) == null) {
            return null;
        }
        try {
            return Enum.valueOf(jenis, teks.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            g.tambah(field, teks, namaId + " tidak dikenal; pilihan: " + pilihan + ".", namaEn + " unknown; one of " + pilihan + ".");
            return null;
        }
    }

    private Pengaturan dto(PengaturanPemda p) {
        var dasar = pemda.cari(p.getTenantId())
                .map(x -> id.akuntara.core.plugin.PengaturanPemda.KOSONG.denganNamaLaporan(x.getNamaLaporan()))
                .orElse(id.akuntara.core.plugin.PengaturanPemda.KOSONG);
        KonfigurasiPemda k = PenyusunKonfigurasi.susun(p.getTenantId(), plugin, PemetaPengaturanPemda.terapkan(dasar, p));
        Optional<NilaiBerlapis<SkalaPredikat>> skala = Optional.ofNullable(k.skala().get(KegunaanSkala.CAPAIAN));
        Pembulatan bulat = k.pembulatan().nilai();
        String lapisanNama = p.getNamaLaporan().isPresent() ? "PEMDA" : "REGISTRI";
        return new Pengaturan(p.getId().toString(), p.getPlugin(), p.getSumberTarget().name(),
                Arrays.stream(SumberTarget.values()).map(Enum::name).toList(),
                skala.map(s -> skala(s.nilai())).orElse(null), skala.map(s -> s.lapisan().name()).orElse(null),
                p.skalaPredikat().isPresent(),
                bulat.skala(), bulat.mode().name(), k.pembulatan().lapisan().name(),
                Arrays.stream(ModePembulatan.values()).map(Enum::name).toList(),
                k.batasCapaian().nilai().maksimum().map(PengaturanServiceImpl::teks).orElse(null),
                k.batasCapaian().lapisan().name(),
                k.agregasi().nilai().kosong().name(), k.agregasi().nilai().bulatkanDulu(), k.agregasi().lapisan().name(),
                Arrays.stream(PenangananKosong.values()).map(Enum::name).toList(),
                k.namaLaporan().nilai(), lapisanNama, NAMA_LAPORAN,
                p.getKepalaDaerah().orElse(null), p.getLogo().orElse(null), k.peringatan(), p.getVersi());
    }

    private static Skala skala(SkalaPredikat s) {
        return new Skala(s.nama(), s.pita().stream().map(x -> new Pita(x.label(),
                x.bawah().map(b -> teks(b.nilai())).orElse(null),
                x.bawah().map(BatasPita::inklusif).orElse(null),
                x.atas().map(a -> teks(a.nilai())).orElse(null),
                x.atas().map(BatasPita::inklusif).orElse(null))).toList());
    }

    /** A stored number in Indonesian notation without its storage's trailing zeros ("85,01", "100"). */
    static String teks(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return AngkaFormatter.formatTepat(s.scale() < 0 ? s.setScale(0) : s);
    }
}
