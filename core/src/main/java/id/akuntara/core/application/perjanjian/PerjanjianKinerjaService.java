package id.akuntara.core.application.perjanjian;

import java.util.List;

/**
 * The Perjanjian Kinerja use cases of the current pemda (the verified user's; another pemda's PK is "not found").
 *
 * <p>Rules (domain.md cycle step 4; PermenPAN-RB 53/2014): a PK is a yearly two-party agreement in versions; a child
 * PK carries a subset of its parent's indicator rows with identical targets, and its parent's programs whole or split;
 * the shares of a program over the parent's in-force children may not exceed the parent's amount (refused, 422),
 * while shares that do not yet add up are a cascade finding (the children are drafted one by one); a signed PK never
 * changes (409 with the reason) and is revised by a PK Perubahan naming the version it replaces and why.
 *
 * <p>Refusals: {@code AksesDitolakException} (role), {@code TidakDitemukanException} (code unknown in the pemda),
 * {@code ValidasiGagalException} (every invalid field), {@code KonflikVersiException} (stale {@code versi}),
 * {@code AturanDilanggarException} (a rule on the PK's state: signed, still a draft, already replaced).
 */
public interface PerjanjianKinerjaService {

    /** PKs by year and unit (either may be null: all), every version. Roles: the pemda's staff. */
    List<RingkasanPk> daftar(Integer tahun, String kodeUnit);

    /** One PK in full. Roles: the pemda's staff. */
    RincianPk baca(String kode);

    /** A new draft child of {@code kodeInduk}. Roles: operator, admin-pemda. */
    RincianPk buatAnak(String kodeInduk, PermintaanAnak permintaan);

    /** Changes a draft. Roles: operator, admin-pemda. */
    RincianPk ubah(String kode, PermintaanUbah permintaan);

    /** The cascade of a PK to its children, with the findings. Roles: the pemda's staff. */
    LaporanKaskade kaskade(String kode);

    /** Signs a draft: from then on it never changes. Role: pimpinan. */
    RincianPk tandatangani(String kode, PermintaanTandaTangan permintaan);

    /** A PK Perubahan (new draft version) of a signed PK. Roles: operator, admin-pemda. */
    RincianPk buatPerubahan(String kode, PermintaanPerubahan permintaan);
}
