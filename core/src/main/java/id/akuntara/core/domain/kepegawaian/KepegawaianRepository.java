package id.akuntara.core.domain.kepegawaian;

import id.akuntara.core.domain.organisasi.Jabatan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** People, positions held and staff tables of the current pemda. */
public interface KepegawaianRepository {

    void simpan(Object pegawaiJabatanAtauPenugasan);

    Optional<Pegawai> cariNip(Nip nip);

    Optional<Penugasan> cariPenugasan(String kode);

    /** Who held (definitif or as Plt./Pj./Plh.) the position on that day. */
    List<Penugasan> pemegangJabatan(Jabatan jabatan, LocalDate tanggal);

    Optional<Pegawai> cariPegawai(String kode);

    Optional<Jabatan> cariJabatan(String kode);

    /** Every position of the pemda, by code. */
    List<Jabatan> semuaJabatan();

    /** Every assignment ever made to the position, oldest first (the overlap check). */
    List<Penugasan> penugasanJabatan(Jabatan jabatan);

    /** Every assignment in force on that day, with its person and position (the tree as of a date). */
    List<Penugasan> penugasanAktifPada(LocalDate tanggal);

    List<StatistikPegawai> statistik(LocalDate perTanggal, DimensiStatistik dimensi);
}
