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

    /**
     * The checks of the PK cascade (ids {@code pk-…}): stated total, child indicators and targets, child program
     * amounts, missing children. The cascade check of one PK runs these.
     */
    public static final List<PemeriksaanKualitas> PK = SEMUA.stream().filter(p -> p.id().startsWith("pk-")).toList();

    private DaftarPemeriksaan() {
    }
}
