package id.akuntara.core.application.rencana;

/**
 * One Renstra version as listed: its state and place in the chain of versions.
 *
 * @param status          {@code DRAF}, {@code DITETAPKAN}, or {@code DIGANTIKAN} (adopted, then replaced by an
 *                        adopted Perubahan Renstra)
 * @param jenisVersi      {@code MURNI} or {@code PERUBAHAN}
 * @param menggantikan    code of the version this one replaces, may be null
 * @param alasanPerubahan why this version replaces the other (a Perubahan made through the API), may be null
 * @param digantikanOleh  codes of the versions that name this one as replaced (a draft Perubahan included)
 * @param ditetapkan      date of adoption (ISO-8601) when known
 * @param dapatDiubah     whether its content may change now (only a draft)
 * @param versi           the version to send back with a change (optimistic lock)
 */
public record RingkasanRenstra(String kode, String nama, String status, String jenisVersi, int tahunMulai,
        int tahunSelesai, String rpjmd, String unit, String menggantikan, String alasanPerubahan,
        java.util.List<String> digantikanOleh, String ditetapkan, String dasarHukum, boolean dapatDiubah, long versi) {
}
