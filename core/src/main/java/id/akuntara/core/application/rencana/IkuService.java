package id.akuntara.core.application.rencana;

import java.util.List;

/**
 * The IKU (Indikator Kinerja Utama) of the current pemda: the key indicators chosen from the Renstra and fixed by
 * decree (domain.md cycle step 3). Reading for the four pemda roles; choosing the members for {@code admin-pemda}.
 */
public interface IkuService {

    /** One IKU set with its members in printed order; {@code versi} is sent back with a change. */
    record IkuPemda(String kode, String nama, String dasarHukum, int tahunMulai, int tahunSelesai, String unit,
            List<Anggota> anggota, long versi) {
    }

    /** A member: its position, the indicator's code, name and unit, and the Renstra it belongs to. */
    record Anggota(int urutan, String indikator, String nama, String satuan, String renstra) {
    }

    /** The indicators (codes, in printed order) that make up the set, and the set's version the caller edited. */
    record Isian(List<String> indikator, Long versi) {
    }

    List<IkuPemda> daftar();

    /**
     * Chooses the members of an IKU set: each an indicator of an adopted Renstra's tree, none twice, at least one.
     * Members kept keep their record (its history); the others are removed, the new ones added.
     */
    IkuPemda pilih(String kode, Isian isian);
}
