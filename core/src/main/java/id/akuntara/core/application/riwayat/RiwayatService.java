package id.akuntara.core.application.riwayat;

import java.util.List;
import java.util.UUID;

/**
 * Who changed what and when, for any record of the caller's pemda. Roles: admin-pemda, verifikator (checked with
 * {@code Akses.wajib}). An unknown kind, or a record that does not exist in the caller's pemda (another pemda's id
 * looks the same), is {@code TidakDitemukanException} (404).
 */
public interface RiwayatService {

    /** The record's changes, oldest first; {@code jenis} is one of {@link #jenis()}. */
    RiwayatRekaman riwayat(String jenis, UUID id);

    /** The kinds of record with a history, in kebab-case ({@code pos-anggaran}, {@code realisasi} …), sorted. */
    List<String> jenis();
}
