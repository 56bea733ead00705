package id.akuntara.cli;

import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.plugin.RegistriPlugin;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * The built-in data packages: the resources each installed plugin lists in {@link TenantPlugin#paketData()}, read
 * from the plugin's class path (the CLI depends on the three level plugins).
 */
final class PaketBawaan {

    /** One built-in package: its pemda code, a display name, the level and the plugin that ships it. */
    record Entri(String kode, String nama, TingkatPemerintahan tingkat, TenantPlugin plugin, String sumber, String json) {

        /** The package, checked; errors when it is not valid. */
        HasilPemeriksaan periksa() {
            return Paket.periksa(json);
        }
    }

    private PaketBawaan() {
    }

    static List<Entri> semua() {
        RegistriPlugin registri = RegistriPlugin.muat(PaketBawaan.class.getClassLoader());
        List<Entri> hasil = new ArrayList<>();
        for (TenantPlugin p : registri.semua()) {
            for (String sumber : p.paketData()) {
                String json = baca(p, sumber);
                HasilPemeriksaan h = Paket.periksa(json);
                String kode = h.paket().map(PaketData::pemda).orElseGet(() -> kodeDariNama(sumber));
                String nama = h.paket().map(x -> nama(x, p)).orElse(kode);
                hasil.add(new Entri(kode, nama, p.tingkat(), p, sumber, json));
            }
        }
        hasil.sort(Comparator.comparing(Entri::kode));
        return hasil;
    }

    static Optional<Entri> cari(String kode) {
        return semua().stream().filter(e -> e.kode().equals(kode)).findFirst();
    }

    private static String baca(TenantPlugin p, String sumber) {
        try (InputStream in = p.getClass().getClassLoader().getResourceAsStream(sumber)) {
            if (in == null) {
                throw new IllegalStateException("paket data '" + sumber + "' tidak ada di classpath plugin " + p.id());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kodeDariNama(String sumber) {
        String n = sumber.substring(sumber.lastIndexOf('/') + 1);
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    /**
     * The region's name from the head-of-region post of the package ("Gubernur Kalimantan Timur" → "Provinsi
     * Kalimantan Timur"); the code when the package names no such post.
     */
    static String nama(PaketData p, TenantPlugin plugin) {
        String kepala = plugin.sebutanKepalaDaerah().kepala();
        String tingkat = switch (plugin.tingkat()) {
            case KOTA -> "Kota";
            case KABUPATEN -> "Kabupaten";
            case PROVINSI -> "Provinsi";
        };
        return daftar(p.jabatan()).stream().filter(j -> "KEPALA_DAERAH".equals(j.jenis()) && j.nama() != null)
                .map(j -> j.nama().strip())
                .filter(n -> n.regionMatches(true, 0, kepala, 0, kepala.length()) && n.length() > kepala.length())
                .map(n -> tingkat + " " + n.substring(kepala.length()).strip())
                .findFirst().orElse(p.pemda());
    }
}
