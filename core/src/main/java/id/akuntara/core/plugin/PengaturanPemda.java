package id.akuntara.core.plugin;

import id.akuntara.spi.AturanBatasAtas;
import id.akuntara.spi.AturanPembulatan;
import id.akuntara.spi.AturanRataRata;
import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.KerangkaLaporan;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pemda's own settings, the top configuration layer: each one left empty keeps the plugin's default (or the
 * core's). Data, edited by the tenant admin; changing a pemda's report name or scale needs no code.
 *
 * @param namaLaporan     report name, e.g. "LAKIP" (Pangkalpinang), "LKIP" (Tanjungpinang)
 * @param kerangkaLaporan report outline
 * @param pembulatan      display rounding (Pangkalpinang truncates)
 * @param rataRata        how means are taken
 * @param batasAtas       capping of capaian
 * @param skala           rating scales by use (Pangkalpinang LAKIP 2021 Tabel 3.1 for capaian)
 * @param istilah         term overrides: language ("id", "en") → key → text
 */
public record PengaturanPemda(Optional<String> namaLaporan, Optional<KerangkaLaporan> kerangkaLaporan,
        Optional<AturanPembulatan> pembulatan, Optional<AturanRataRata> rataRata, Optional<AturanBatasAtas> batasAtas,
        Map<KegunaanSkala, DefinisiSkala> skala, Map<String, Map<String, String>> istilah) {

    /** No settings of its own: every value comes from the plugin or the core. */
    public static final PengaturanPemda KOSONG = new PengaturanPemda(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of());

    public PengaturanPemda {
        Objects.requireNonNull(namaLaporan, "namaLaporan");
        Objects.requireNonNull(kerangkaLaporan, "kerangkaLaporan");
        Objects.requireNonNull(pembulatan, "pembulatan");
        Objects.requireNonNull(rataRata, "rataRata");
        Objects.requireNonNull(batasAtas, "batasAtas");
        skala.forEach((k, s) -> {
            if (s.kegunaan() != k) {
                throw new IllegalArgumentException("skala '" + s.nama() + "' untuk " + s.kegunaan() + " didaftarkan sebagai " + k);
            }
        });
        skala = skala.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(skala));
        Map<String, Map<String, String>> salinan = new HashMap<>();
        istilah.forEach((bahasa, peta) -> salinan.put(bahasa, Map.copyOf(peta)));
        istilah = Map.copyOf(salinan);
        namaLaporan.ifPresent(n -> {
            if (n.isBlank()) {
                throw new IllegalArgumentException("nama laporan kosong");
            }
        });
    }

    public PengaturanPemda denganNamaLaporan(String nama) {
        return new PengaturanPemda(Optional.of(nama), kerangkaLaporan, pembulatan, rataRata, batasAtas, skala, istilah);
    }

    public PengaturanPemda denganKerangkaLaporan(KerangkaLaporan kerangka) {
        return new PengaturanPemda(namaLaporan, Optional.of(kerangka), pembulatan, rataRata, batasAtas, skala, istilah);
    }

    public PengaturanPemda denganPembulatan(AturanPembulatan aturan) {
        return new PengaturanPemda(namaLaporan, kerangkaLaporan, Optional.of(aturan), rataRata, batasAtas, skala, istilah);
    }

    public PengaturanPemda denganRataRata(AturanRataRata aturan) {
        return new PengaturanPemda(namaLaporan, kerangkaLaporan, pembulatan, Optional.of(aturan), batasAtas, skala, istilah);
    }

    public PengaturanPemda denganBatasAtas(AturanBatasAtas aturan) {
        return new PengaturanPemda(namaLaporan, kerangkaLaporan, pembulatan, rataRata, Optional.of(aturan), skala, istilah);
    }

    public PengaturanPemda denganSkala(DefinisiSkala definisi) {
        Map<KegunaanSkala, DefinisiSkala> baru = new EnumMap<>(KegunaanSkala.class);
        baru.putAll(skala);
        baru.put(definisi.kegunaan(), definisi);
        return new PengaturanPemda(namaLaporan, kerangkaLaporan, pembulatan, rataRata, batasAtas, baru, istilah);
    }

    /** @param bahasa language code, "id" or "en" */
    public PengaturanPemda denganIstilah(String bahasa, String kunci, String teks) {
        Map<String, Map<String, String>> baru = new HashMap<>(istilah);
        Map<String, String> peta = new HashMap<>(baru.getOrDefault(bahasa, Map.of()));
        peta.put(kunci, teks);
        baru.put(bahasa, peta);
        return new PengaturanPemda(namaLaporan, kerangkaLaporan, pembulatan, rataRata, batasAtas, skala, baru);
    }
}
