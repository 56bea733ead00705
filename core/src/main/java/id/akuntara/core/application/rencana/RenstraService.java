package id.akuntara.core.application.rencana;

import java.util.List;

/**
 * The Renstra use cases of the current pemda (the verified token's).
 *
 * <p>Roles: reading for {@code admin-pemda}, {@code operator}, {@code verifikator}, {@code pimpinan}; writing a
 * draft and making a Perubahan Renstra for {@code operator} and {@code admin-pemda}; adopting a draft for
 * {@code admin-pemda} and {@code pimpinan}.
 *
 * <p>Refusals: a code the pemda does not have → {@code TidakDitemukanException} (404, also for another pemda's
 * code); a change to a Renstra that is not a draft → {@code AturanDilanggarException} (409, with the reason),
 * checked before the body; invalid input → {@code ValidasiGagalException} listing every field (422); a stale
 * {@code versi} → {@code KonflikVersiException} (409 with the current version).
 */
public interface RenstraService {

    /** Every Renstra version of the pemda (Kaltim: RENSTRA-2019 and its Perubahan RENSTRA-P-2019). */
    List<RingkasanRenstra> daftar();

    /** The tree of one version. */
    PohonRenstra pohon(String kode);

    /** A new, empty Renstra draft for a period. */
    PohonRenstra buat(IsianRenstra.Baru isian);

    /**
     * The Perubahan Renstra of an adopted version in force: a new draft with a copy of its tree that names it and
     * says why. The old version stays readable and unchanged. One draft Perubahan at a time per version.
     */
    PohonRenstra buatPerubahan(String kode, IsianRenstra.Perubahan isian);

    PohonRenstra tambahTujuan(String kode, IsianRenstra.Tujuan isian);

    PohonRenstra ubahTujuan(String kode, String kodeTujuan, IsianRenstra.Tujuan isian);

    PohonRenstra tambahSasaran(String kode, IsianRenstra.Sasaran isian);

    PohonRenstra ubahSasaran(String kode, String kodeSasaran, IsianRenstra.Sasaran isian);

    PohonRenstra tambahIndikator(String kode, IsianRenstra.Indikator isian);

    PohonRenstra ubahIndikator(String kode, String kodeIndikator, IsianRenstra.Indikator isian);

    /** Sets the target of an indicator for a year of the period from one of the Renstra's own sources (RENSTRA, IKU). */
    PohonRenstra aturTarget(String kode, String kodeIndikator, int tahun, String sumber, IsianRenstra.Target isian);

    /**
     * Adopts a draft: its tree becomes the plan's records (same code, same record: realisasi, PK rows and IKU
     * membership stay attached) and the version it replaces keeps a frozen copy of its own tree.
     */
    PohonRenstra tetapkan(String kode, IsianRenstra.Penetapan isian);
}
