package id.akuntara.core.application.realisasi;

import id.akuntara.core.domain.pengukuran.PemeriksaBerkas;

import java.util.List;
import java.util.UUID;

/**
 * The realisasi use cases of the caller's pemda (the verified token's). Every one checks its roles itself
 * ({@code Akses.wajib} → {@code AksesDitolakException}); a record of another pemda is not found
 * ({@code TidakDitemukanException}, never a refusal that reveals it exists); invalid input lists every field
 * ({@code ValidasiGagalException}); a stale {@code versi} is a conflict ({@code KonflikVersiException}); a step the
 * workflow does not allow is refused with its reason ({@code AturanDilanggarException}). The record is loaded
 * before its input is checked, so another pemda's id is "not found" whatever the input.
 *
 * <p>Workflow (domain.md, PermenPAN-RB 53/2014: the report is assembled from approved data):
 * {@code DRAFT} —ajukan (operator)→ {@code DIAJUKAN} —verifikasi (verifikator)→ {@code DIVERIFIKASI} —tetapkan
 * (pimpinan)→ {@code DISAHKAN} (ditetapkan; locked here and by a database trigger). A submitted or verified
 * realisasi can be returned (verifikator, with a required note) to {@code DIKEMBALIKAN}, edited and submitted again.
 */
public interface RealisasiService {

    /** The largest evidence file accepted: 10 MiB (10 485 760 bytes). */
    int UKURAN_BUKTI_MAKSIMUM = PemeriksaBerkas.UKURAN_MAKSIMUM;

    /** The year's realisasi per indicator with targets and capaian (admin-pemda, operator, verifikator, pimpinan). */
    DaftarRealisasi daftar(int tahun);

    /**
     * Enters or replaces the realisasi of an indicator, year and period (operator); creates it when absent. Only a
     * draft or a returned realisasi can change.
     *
     * @param periode {@code TW1}…{@code TW4} or {@code TAHUNAN}, any case; another value is "not found"
     */
    RincianRealisasi isi(int tahun, String kodeIndikator, String periode, IsianRealisasi isian);

    /**
     * Submits it for verification (operator). A value below its target (capaian under 100 % as the measurement
     * presents it, with the indicator's polarity) or a blank one ({@code BELUM_RILIS}, {@code TIDAK_ADA}) is refused
     * without an explanation of its obstacles ({@code penjelasan.faktorPenghambat}).
     */
    RincianRealisasi ajukan(UUID id, IsianAlur isian);

    /** Returns a submitted or verified realisasi to the unit with a note saying what to fix (verifikator). */
    RincianRealisasi kembalikan(UUID id, IsianAlur isian);

    /** Verifies a submitted realisasi (verifikator). */
    RincianRealisasi verifikasi(UUID id, IsianAlur isian);

    /** Approves ("tetapkan") a verified realisasi (pimpinan): it is locked from then on. */
    RincianRealisasi tetapkan(UUID id, IsianAlur isian);

    /** Its evidence files (admin-pemda, operator, verifikator, pimpinan). */
    List<BuktiRealisasi> daftarBukti(UUID id);

    /**
     * Adds an evidence file (operator): accepted by its content (PDF, JPEG, PNG, XLSX; at most 10 MiB), stored with its
     * SHA-256 and the content type its bytes proved. A declared type ({@code jenisDinyatakan}, may be null) that is
     * one of the four but not what the bytes are is refused. Not on an approved realisasi.
     */
    BuktiRealisasi unggahBukti(UUID id, String namaBerkas, String jenisDinyatakan, byte[] isi);

    /** One evidence file of the realisasi, its bytes included (admin-pemda, operator, verifikator, pimpinan). */
    BerkasBukti unduhBukti(UUID id, UUID buktiId);

    /** Its history, oldest first: each change and workflow step with its user (admin-pemda, verifikator). */
    List<LangkahRiwayat> riwayat(UUID id);
}
