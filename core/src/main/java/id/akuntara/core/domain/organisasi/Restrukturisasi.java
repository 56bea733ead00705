package id.akuntara.core.domain.organisasi;

import id.akuntara.core.domain.bersama.AturanDilanggarException;

import java.time.LocalDate;
import java.util.List;

/**
 * The moves of a restructure, each ending the old version and starting the successor on the same day so that
 * nothing is deleted and every date sees exactly one version (Kaltim Pergub 18/2021).
 */
public final class Restrukturisasi {

    private Restrukturisasi() {
    }

    /** Rename and/or move: the successor keeps the kind, gets a new code, name and parent. */
    public static HasilRestrukturisasi teruskan(UnitOrganisasi lama, String kodeBaru, String namaBaru,
            UnitOrganisasi indukBaru, LocalDate tanggal, String dasarHukum) {
        lama.akhiri(tanggal);
        UnitOrganisasi baru = new UnitOrganisasi(kodeBaru, namaBaru, lama.getJenis(), indukBaru, tanggal,
                List.of(lama.getNama()), dasarHukum);
        JenisPerubahanUnit jenis = lama.getNama().equals(namaBaru) ? JenisPerubahanUnit.PINDAH_INDUK
                : JenisPerubahanUnit.GANTI_NAMA;
        return new HasilRestrukturisasi(List.of(baru), List.of(new PerubahanUnit(lama, baru, jenis, tanggal, dasarHukum)));
    }

    /** Dissolution ("Biro Infrastruktur dibubarkan"). */
    public static PerubahanUnit bubarkan(UnitOrganisasi lama, LocalDate tanggal, String dasarHukum) {
        lama.akhiri(tanggal);
        return new PerubahanUnit(lama, null, JenisPerubahanUnit.BUBAR, tanggal, dasarHukum);
    }

    /** Several units merged into {@code hasil} (which starts on {@code tanggal}). */
    public static List<PerubahanUnit> gabungkan(List<UnitOrganisasi> asal, UnitOrganisasi hasil, LocalDate tanggal,
            String dasarHukum) {
        if (!hasil.getBerlakuMulai().equals(tanggal)) {
            throw new AturanDilanggarException("Unit hasil penggabungan harus mulai berlaku pada tanggal penggabungan.");
        }
        asal.forEach(u -> u.akhiri(tanggal));
        return asal.stream().map(u -> new PerubahanUnit(u, hasil, JenisPerubahanUnit.GABUNG, tanggal, dasarHukum)).toList();
    }

    /** One unit split into {@code hasil} (each starting on {@code tanggal}). */
    public static List<PerubahanUnit> pecah(UnitOrganisasi asal, List<UnitOrganisasi> hasil, LocalDate tanggal,
            String dasarHukum) {
        asal.akhiri(tanggal);
        return hasil.stream().map(u -> new PerubahanUnit(asal, u, JenisPerubahanUnit.PECAH, tanggal, dasarHukum)).toList();
    }

    /** Successor units and the links that explain them. */
    public record HasilRestrukturisasi(List<UnitOrganisasi> unitBaru, List<PerubahanUnit> perubahan) {
    }
}
