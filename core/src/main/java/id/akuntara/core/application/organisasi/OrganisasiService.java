package id.akuntara.core.application.organisasi;

import java.time.LocalDate;
import java.util.List;

/**
 * The organisation chart of the current pemda (issue 13 point 1; domain.md "organisation over time").
 *
 * <p>Rules: a unit is never deleted nor edited in place; a rename or move, a merge, a split and a dissolution end the
 * old version on the effective date and start the successors the same day ({@code Restrukturisasi}), each with its
 * legal basis (REQUIRED, e.g. "Pergub Kaltim 18/2021"), kept as history; so the tree as of any date shows the units
 * then in force (a 2021 PK still sees the Biro that was dissolved mid-2021). A unit that still has sub-units in force
 * after the date cannot be ended (move or end them first), so no sub-unit is left without a parent. People hold
 * positions through assignments: definitif, or as Plt./Pj./Plh. (BKN SE 1/SE/I/2021), start and end inclusive; ONE
 * definitif holder per position at a time: an overlapping definitif is refused naming the other holder and dates. A
 * NIP is checked with {@code Nip.periksa} (Perka BKN 22/2007: birth date, TMT CPNS, sex digit, serial), every finding
 * returned.
 *
 * <p>Roles: reads every pemda role (admin-pemda, operator, verifikator, pimpinan); writes admin-pemda only.
 * Refusals: {@code AksesDitolakException} (403), {@code TidakDitemukanException} (code unknown in the pemda, checked
 * before the input: 404), {@code ValidasiGagalException} (every invalid field at once: 422),
 * {@code AturanDilanggarException} (a rule of the chart: overlap, unit already ended, sub-units in force: 409).
 * Nothing is written on a refusal.
 */
public interface OrganisasiService {

    /** The tree as of {@code tanggal} (null: today). */
    StrukturOrganisasi struktur(LocalDate tanggal);

    /** Every restructure link, oldest first. */
    List<PerubahanStruktur> riwayat();

    /** A new unit (no predecessor). */
    StrukturOrganisasi.UnitStruktur buatUnit(Permintaan.UnitBaru permintaan);

    /** Rename and/or move the unit {@code kode}: a successor version from the date. */
    List<PerubahanStruktur> gantiNama(String kode, Permintaan.GantiNama permintaan);

    /** Split the unit {@code kode} into two or more successors from the date. */
    List<PerubahanStruktur> pecah(String kode, Permintaan.Pecah permintaan);

    /** Merge the unit {@code kode} with others into one new unit from the date. */
    List<PerubahanStruktur> gabung(String kode, Permintaan.Gabung permintaan);

    /** Dissolve the unit {@code kode} from the date. */
    List<PerubahanStruktur> tutup(String kode, Permintaan.Tutup permintaan);

    /** A new position on a unit (or none, for the head of region). */
    StrukturOrganisasi.JabatanStruktur buatJabatan(Permintaan.JabatanBaru permintaan);

    /** A new pegawai. */
    PegawaiRingkas tambahPegawai(Permintaan.PegawaiBaru permintaan);

    /** A holder for a position. */
    StrukturOrganisasi.Pemegang tugaskan(Permintaan.Penugasan permintaan);

    /** Ends the assignment {@code kode} on the given day (inclusive). */
    StrukturOrganisasi.Pemegang akhiriPenugasan(String kode, Permintaan.Akhiri permintaan);
}
