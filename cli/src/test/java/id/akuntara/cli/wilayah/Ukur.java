package id.akuntara.cli.wilayah;

import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KebijakanPengukuran;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.pengukuran.SumberPengukuran;
import id.akuntara.core.plugin.RegistriPlugin;

/** Measures a region's package through the one measurement service, under its plugin found as the CLI finds it. */
final class Ukur {

    private Ukur() {
    }

    static KebijakanPengukuran kebijakan(PaketData paket) {
        return KebijakanPengukuran.dari(paket, RegistriPlugin.muat(Ukur.class.getClassLoader())
                .cari(paket.pengaturan().plugin()).orElseThrow());
    }

    static KinerjaTahunan hitung(PaketData paket, int tahun) {
        return hitung(paket, tahun, kebijakan(paket));
    }

    static KinerjaTahunan hitung(PaketData paket, int tahun, KebijakanPengukuran kebijakan) {
        return LayananPengukuran.hitung(SumberPengukuran.paket(paket), tahun, kebijakan);
    }
}
