package id.akuntara.core.domain.rencana;

import id.akuntara.core.domain.bersama.EntitasTenant;
import java.math.BigDecimal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The current pemda's Renstra versions with their trees, its IKU sets and the targets of its indicators from every
 * source (target records and PK rows), for the Renstra and IKU use cases. Codes of tujuan, sasaran and indicators are
 * unique per pemda (V4), so a code names one record across Renstra versions.
 */
public interface RenstraRepository {

    /** Stores a new plan record (Renstra, tujuan, sasaran, indikator, target, IKU member). */
    void simpan(EntitasTenant entitasRencana);

    List<Renstra> semuaRenstra();

    Optional<Renstra> cariRenstra(String kode);

    /** The Renstras (draft or adopted) that name {@code renstra} as the version they replace. */
    List<Renstra> perubahanDari(Renstra renstra);

    Optional<Rpjmd> cariRpjmd(String kode);

    Optional<Tujuan> cariTujuan(String kode);

    Optional<Sasaran> cariSasaran(String kode);

    Optional<IndikatorKinerja> cariIndikator(String kode);

    /** The indicators with these codes (those that exist). */
    List<IndikatorKinerja> indikatorBerkode(Collection<String> kode);

    /** The goals of a Renstra, by code. */
    List<Tujuan> tujuan(Renstra renstra);

    /** The objectives of these goals, by code. */
    List<Sasaran> sasaran(Collection<Tujuan> tujuan);

    /** The indicators attached to these goals or objectives, by code. */
    List<IndikatorKinerja> indikator(Collection<Tujuan> tujuan, Collection<Sasaran> sasaran);

    List<AnggotaKomposit> anggotaKomposit(Collection<IndikatorKinerja> komposit);

    /** Every target record of these indicators (all years and sources). */
    List<Target> target(Collection<IndikatorKinerja> indikator);

    /**
     * A target written in a row of a Perjanjian Kinerja: source PK, or PK_PERUBAHAN when the agreement replaces
     * another (as the measurement reads it, {@code KandidatTarget}).
     *
     * @param kodePerjanjian the agreement's code
     * @param akar           whether the agreement heads its cascade (no parent)
     * @param perubahan      whether the agreement replaces another version
     * @param digantikan     whether a later version replaces the agreement
     */
    record TargetPerjanjian(String kodeIndikator, String kodePerjanjian, int tahun, boolean akar, boolean perubahan,
            boolean digantikan, BigDecimal nilai, String label, String satuan) {
    }

    /** The targets the PK rows give these indicators, by agreement code and row. */
    List<TargetPerjanjian> targetPerjanjian(Collection<IndikatorKinerja> indikator);

    List<Iku> semuaIku();

    Optional<Iku> cariIku(String kode);

    /** The members of every IKU set, in printed order. */
    List<AnggotaIku> anggotaIku();

    /** Removes an indicator from its IKU set (the membership's history stays in the audit). */
    void hapus(AnggotaIku anggota);

    /** Writes pending changes now, so that the versions returned to the caller are the stored ones. */
    void tulisSekarang();

    /** Raises the record's {@code versi} although none of its own columns changed (its parts did). */
    void naikkanVersi(EntitasTenant entitas);
}
