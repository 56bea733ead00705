package id.akuntara.core.application.organisasi;

import java.util.List;

/**
 * The inputs of the organisation chart's writes, as the admin typed them (dates as ISO text "2021-07-01", checked by
 * {@link OrganisasiService} together with every other field).
 */
public final class Permintaan {

    private Permintaan() {
    }

    /** A new unit: code, name, kind ({@code JenisUnit}), parent's code (null: a root), start date, legal basis. */
    public record UnitBaru(String kode, String nama, String jenis, String induk, String berlakuMulai, String dasarHukum) {
    }

    /**
     * Rename and/or move: the successor version's code, name and parent (null keeps the parent), from
     * {@code tanggal}, by {@code dasarHukum}.
     */
    public record GantiNama(String kodeBaru, String namaBaru, String indukBaru, String tanggal, String dasarHukum) {
    }

    /** A split: the successors (code and name each; they keep the kind and parent), from {@code tanggal}. */
    public record Pecah(List<Hasil> hasil, String tanggal, String dasarHukum) {
    }

    /** One successor of a split. */
    public record Hasil(String kode, String nama) {
    }

    /**
     * A merge of the unit in the address with {@code lainnya} into a new unit ({@code kodeBaru}, {@code namaBaru},
     * the kind and parent of the first), from {@code tanggal}.
     */
    public record Gabung(List<String> lainnya, String kodeBaru, String namaBaru, String tanggal, String dasarHukum) {
    }

    /** A dissolution from {@code tanggal}. */
    public record Tutup(String tanggal, String dasarHukum) {
    }

    /** A new position: code, name, kind ({@code JenisJabatan}), unit code (null for the head of region), eselon. */
    public record JabatanBaru(String kode, String nama, String jenis, String unit, String eselon) {
    }

    /** A new pegawai: code (null: the NIP's digits), name with titles, 18-digit NIP (optional), pangkat, golongan. */
    public record PegawaiBaru(String kode, String nama, String nip, String pangkat, String golongan) {
    }

    /**
     * A holder for a position: the assignment's code, the pegawai (code or NIP), the position's code, the kind
     * (DEFINITIF, PLT, PJ, PLH), start and optional end (inclusive), and the decree it rests on.
     */
    public record Penugasan(String kode, String pegawai, String jabatan, String jenis, String mulai, String selesai,
                            String dasar) {
    }

    /** The last day (inclusive) of an assignment. */
    public record Akhiri(String selesai) {
    }
}
