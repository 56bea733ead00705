package id.akuntara.core.application.realisasi;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One step in a realisasi's history, read from the audit trail (Envers): who did what, when, and the state after it.
 *
 * @param revisi     the audit revision
 * @param waktu      when
 * @param username   who (the verified user of the request)
 * @param langkah    {@code dibuat}, {@code diubah}, {@code diajukan}, {@code dikembalikan}, {@code diverifikasi},
 *                   {@code ditetapkan}, or {@code bukti-diunggah}
 * @param statusAlur the workflow state after the step
 * @param statusNilai the value's state after the step
 * @param nilai      the value after the step (null for a blank)
 * @param catatan    the return note ({@code dikembalikan}), the file name ({@code bukti-diunggah}), else null
 */
public record LangkahRiwayat(long revisi, Instant waktu, String username, String langkah, String statusAlur,
        String statusNilai, BigDecimal nilai, String catatan) {
}
