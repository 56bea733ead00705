package id.akuntara.core.kualitas;

import java.util.List;

/** The registry of data-quality checks, in the order they are run and reported. */
public final class DaftarPemeriksaan {

    /** Every check (docs/data-package.md "Data-quality checks"). */
    public static final List<PemeriksaanKualitas> SEMUA = List.of(
            new TargetBertentangan(),
            new PkJumlahProgram(),
            new PkAnakIndikator(),
            new PkAnakProgram(),
            new PkAnakHilang(),
            new AnggaranIndukAnak(),
            new IndikatorTanpaTarget(),
            new SasaranTanpaIndikator(),
            new SkalaCelah(),
            new TargetDiBawahRealisasiLalu(),
            new RealisasiDibawa());

    private DaftarPemeriksaan() {
    }
}
