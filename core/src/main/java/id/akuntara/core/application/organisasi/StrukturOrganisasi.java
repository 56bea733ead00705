package id.akuntara.core.application.organisasi;

import java.util.List;

/**
 * The organisation as of {@code tanggal}: the units in force that day as a tree (roots first, children by code), and
 * the positions outside any unit (the head of region and deputy) with their holders that day.
 */
public record StrukturOrganisasi(String tanggal, List<UnitStruktur> unit, List<JabatanStruktur> jabatanTanpaUnit) {

    /** A unit version in force on the date, with its positions and sub-units. */
    public record UnitStruktur(String kode, String nama, String jenis, String induk, String berlakuMulai,
                               String berlakuSampai, String dasarHukum, List<JabatanStruktur> jabatan,
                               List<UnitStruktur> anak) {
    }

    /** A position and who held it on the date (several when a Plh. stands in beside the holder). */
    public record JabatanStruktur(String kode, String nama, String jenis, String eselon, List<Pemegang> pemegang) {
    }

    /**
     * One holder: the assignment's code, the person, the kind (DEFINITIF, PLT, PJ, PLH) and the title as printed with
     * its prefix ("Plt. Kepala Bagian Organisasi"), the period (selesai null: still in office).
     */
    public record Pemegang(String kodePenugasan, String kodeJabatan, String kodePegawai, String nama, String nip, String jenis,
                           String sebutan, String mulai, String selesai) {
    }
}
