package id.akuntara.core.domain.pemda;

import java.util.List;
import java.util.Optional;

/** The tenant registry. */
public interface PemdaRepository {

    Optional<Pemda> cari(String kode);

    List<Pemda> semua();

    /** Registers a new pemda (the caller checked that its code is free). */
    void tambah(Pemda pemda);
}
