package id.akuntara.reports;

import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.PengaturanPaket;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.plugin.KonfigurasiPemda;
import id.akuntara.core.plugin.PenyusunKonfigurasi;
import id.akuntara.core.plugin.RegistriPlugin;
import id.akuntara.spi.TenantPlugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A built-in region for the tests: its data package (shipped by its level plugin), the read model of a year and
 * the report material. The report name is the pemda's own setting in its package ({@code pengaturan.namaLaporan}),
 * as the server stores it; {@code namaLaporan} is what the test expects it to be.
 */
record Wilayah(String kode, String nama, String namaLaporan, int tahun, TenantPlugin plugin, PaketData data,
        KinerjaTahunan kinerja) {

    static final Wilayah PANGKALPINANG = muat("kota-pangkalpinang", "Kota Pangkalpinang", "LAKIP", 2021);
    static final Wilayah TANJUNGPINANG = muat("kota-tanjungpinang", "Kota Tanjungpinang", "LKIP", 2020);
    static final Wilayah KLUNGKUNG = muat("kab-klungkung", "Kabupaten Klungkung", "LKjIP", 2020);
    static final Wilayah KALTIM = muat("prov-kaltim", "Provinsi Kalimantan Timur", "LKjIP", 2021);

    static Wilayah muat(String kode, String nama, String namaLaporan, int tahun) {
        RegistriPlugin registri = RegistriPlugin.muat(Wilayah.class.getClassLoader());
        for (TenantPlugin p : registri.semua()) {
            for (String sumber : p.paketData()) {
                if (sumber.endsWith("/" + kode + ".json")) {
                    PaketData data = Paket.periksa(baca(p, sumber)).paket().orElseThrow();
                    KinerjaTahunan k = LayananPengukuran.hitung(SumberPengukuran.paket(data), tahun,
                            KebijakanPengukuran.dari(data, p));
                    return new Wilayah(kode, nama, namaLaporan, tahun, p, data, k);
                }
            }
        }
        throw new IllegalArgumentException(kode);
    }

    KonfigurasiPemda konfigurasi() {
        return PenyusunKonfigurasi.susun(kode, plugin, PengaturanPaket.lapisanPemda(data.pengaturan()));
    }

    /** The material as the CLI builds it: with the read model of each year of the plan (BAB III's trend). */
    BahanLaporan bahan() {
        return PenyusunBahan.susun(data, kinerja, konfigurasi(), nama, LayananPengukuran.tahunTersedia(data),
                t -> LayananPengukuran.hitung(SumberPengukuran.paket(data), t, KebijakanPengukuran.dari(data, plugin)));
    }

    private static String baca(TenantPlugin p, String sumber) {
        try (InputStream in = p.getClass().getClassLoader().getResourceAsStream(sumber)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
