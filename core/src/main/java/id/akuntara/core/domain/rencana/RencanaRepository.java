package id.akuntara.core.domain.rencana;

import java.util.List;
import java.util.Optional;

/** Plans, indicators and targets of the current pemda. */
public interface RencanaRepository {

    void simpan(Object entitasRencana);

    Optional<IndikatorKinerja> cariIndikator(String kode);

    /** Every source's target for the indicator-year (to show conflicts: Klungkung 2020 Renstra 95 vs PK 90). */
    List<Target> target(IndikatorKinerja indikator, int tahun);

    Optional<Target> target(IndikatorKinerja indikator, int tahun, SumberTarget sumber);

    List<IndikatorKinerja> indikatorSasaran(Sasaran sasaran);
}
