package id.akuntara.core.domain.anggaran;

import java.util.List;

/** Budget lines of the current pemda. */
public interface AnggaranRepository {

    void simpan(Object posAtauKaitan);

    List<PosAnggaran> perTahun(int tahun);

    /** Lines of the year not linked to any sasaran or indicator: allowed, and shown as such. */
    List<PosAnggaran> tanpaKaitan(int tahun);
}
