package id.akuntara.bench;

import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.PengaturanPaket;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.plugin.PenyusunKonfigurasi;
import id.akuntara.core.plugin.RegistriPlugin;
import id.akuntara.reports.BahanLaporan;
import id.akuntara.reports.PenyusunBahan;
import id.akuntara.spi.TenantPlugin;

/**
 * The material of the Kaltim LKjIP 2021 as the CLI builds it: the built-in package, its plugin, the read model of
 * 2021 and the report material (configuration from the package's settings). Built once, outside any measurement.
 *
 * @param plugin the {@code provinsi} plugin
 * @param bahan  the material of the annual report
 */
record BahanKaltim(TenantPlugin plugin, BahanLaporan bahan) {

    static BahanKaltim muat() {
        PaketData data = PaketKelipatan.bawaan(PaketKelipatan.KALTIM);
        TenantPlugin plugin = RegistriPlugin.muat(BahanKaltim.class.getClassLoader()).cari(data.pengaturan().plugin())
                .orElseThrow();
        KinerjaTahunan k = LayananPengukuran.hitung(SumberPengukuran.paket(data), PengukuranBenchmark.TAHUN,
                KebijakanPengukuran.dari(data, plugin));
        BahanLaporan bahan = PenyusunBahan.susun(data, k, PenyusunKonfigurasi.susun(data.pemda(), plugin,
                PengaturanPaket.lapisanPemda(data.pengaturan())), "Provinsi Kalimantan Timur",
                LayananPengukuran.tahunTersedia(data), t -> LayananPengukuran.hitung(SumberPengukuran.paket(data), t, KebijakanPengukuran.dari(data, plugin)));
        return new BahanKaltim(plugin, bahan);
    }
}
