package id.akuntara.core.application.pengaturan;

import java.util.List;

/**
 * The pemda's own settings, the top configuration layer of architecture.md (core → level plugin → pemda): the
 * authoritative target source (domain.md "which target counts"), the capaian predikat scale, display rounding,
 * capping, how blanks enter means, the report's name (LAKIP, LKIP, LKjIP), the head of region and the logo. Reading
 * for the four pemda roles (admin-pemda, operator, verifikator, pimpinan), changing for {@code admin-pemda} only.
 * The measurement takes a change on its next computation of a year still open; a fixed year keeps its snapshot.
 * Every change is audited: {@code RiwayatService} kind {@code pengaturan-pemda}, id {@link Pengaturan#id()}.
 */
public interface PengaturanService {

    /** The report names the SAKIP rules use (Perpres 29/2014 LAKIP; Permenpan 53/2014 LKjIP; LKIP in some regions). */
    List<String> NAMA_LAPORAN = List.of("LAKIP", "LKIP", "LKjIP");

    /** Display decimals a pemda may choose: the seed tables print 0 to 2; the engine keeps more internally. */
    int DESIMAL_MAKS = 4;

    /**
     * One band of the predikat scale, bounds as Indonesian numbers ("85,01"); a blank bound is unbounded.
     *
     * @param bawahInklusif whether the lower bound itself belongs to the band ("≥" rather than "&gt;")
     * @param atasInklusif  whether the upper bound itself belongs to the band ("≤" rather than "&lt;")
     */
    record Pita(String label, String bawah, Boolean bawahInklusif, String atas, Boolean atasInklusif) {
    }

    /** A predikat scale: its name and bands, best first. */
    record Skala(String nama, List<Pita> pita) {
    }

    /**
     * The settings in force. Each {@code lapisan…} says where the value comes from: {@code PEMDA} (the pemda's own
     * choice), {@code PLUGIN} (its level plugin's default) or {@code INTI} (the core's default).
     *
     * @param id              the settings record, for the history ({@code /api/v1/riwayat/pengaturan-pemda/{id}})
     * @param skala           the capaian scale in force; null when no layer sets one (no predikat)
     * @param skalaSendiri    whether the pemda has its own scale (else {@code skala} is the plugin's or core's)
     * @param batasCapaian    the capping maximum in percent, null for none
     * @param logo            the logo, PNG in base64; null for the neutral emblem
     * @param peringatan      problems of the pemda's stored scale found by the engine (a gap loaded from a package)
     * @param versi           the version, sent back with a change
     */
    record Pengaturan(String id, String plugin, String sumberTarget, List<String> pilihanSumberTarget,
            Skala skala, String lapisanSkala, boolean skalaSendiri,
            int desimal, String modePembulatan, String lapisanPembulatan, List<String> pilihanModePembulatan,
            String batasCapaian, String lapisanBatasCapaian,
            String penangananKosong, boolean bulatkanDulu, String lapisanAgregasi, List<String> pilihanPenangananKosong,
            String namaLaporan, String lapisanNamaLaporan, List<String> pilihanNamaLaporan,
            String kepalaDaerah, String logo, List<String> peringatan, long versi) {
    }

    /**
     * A change: the whole settings as the caller wants them (what {@link #baca()} gave, edited).
     *
     * @param skala          the pemda's own scale; null: none of its own (the plugin's or core's is used)
     * @param desimal        0 to {@link #DESIMAL_MAKS}
     * @param modePembulatan SETENGAH_KE_ATAS (half-up) or POTONG (truncate)
     * @param batasCapaian   the capping maximum in percent ("120"), blank for none
     * @param penangananKosong DIKECUALIKAN or DIHITUNG_NOL
     * @param bulatkanDulu   whether members are rounded before a mean; null keeps the current choice
     * @param namaLaporan    one of {@link #NAMA_LAPORAN}; blank: the registry's
     * @param kepalaDaerah   how the report addresses the head of region; blank: none of its own
     * @param logo           PNG in base64 (at most 512 KiB); blank: no logo
     * @param versi          the version edited (optimistic lock)
     */
    record Isian(String sumberTarget, Skala skala, Integer desimal, String modePembulatan, String batasCapaian,
            String penangananKosong, Boolean bulatkanDulu, String namaLaporan, String kepalaDaerah, String logo,
            Long versi) {
    }

    Pengaturan baca();

    Pengaturan ubah(Isian isian);
}
