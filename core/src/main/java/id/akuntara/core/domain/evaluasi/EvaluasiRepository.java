package id.akuntara.core.domain.evaluasi;

import java.util.List;

/** SAKIP evaluations and reward/punishment decisions of the current pemda. */
public interface EvaluasiRepository {

    void simpan(Object evaluasiAtauKeputusan);

    List<EvaluasiSakip> evaluasiTahun(int tahun);

    List<Rekomendasi> rekomendasiBelumSelesai();
}
