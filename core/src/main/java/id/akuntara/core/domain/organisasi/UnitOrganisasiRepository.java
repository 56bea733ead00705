package id.akuntara.core.domain.organisasi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Organisation units of the current pemda, effective-dated. */
public interface UnitOrganisasiRepository {

    void simpan(UnitOrganisasi unit);

    void simpan(PerubahanUnit perubahan);

    Optional<UnitOrganisasi> cariKode(String kode);

    /** Units in force on that day. */
    List<UnitOrganisasi> berlakuPada(LocalDate tanggal);

    /** Units in force on at least one day of the year (what a yearly report covers). */
    List<UnitOrganisasi> berlakuDalamTahun(int tahun);

    /** How a unit came to end or to be (both directions), oldest first. */
    List<PerubahanUnit> riwayatPerubahan(UnitOrganisasi unit);

    /** Every restructure link of the pemda, oldest first (the history page). */
    List<PerubahanUnit> semuaPerubahan();

    /** Units whose parent is {@code induk} and that are still in force on or after that day. */
    List<UnitOrganisasi> anakBerlakuSejak(UnitOrganisasi induk, LocalDate tanggal);
}
