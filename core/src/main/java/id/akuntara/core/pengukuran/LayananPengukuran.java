package id.akuntara.core.pengukuran;

import id.akuntara.core.paket.PaketData;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * The one measurement path: computes the read model of a pemda-year ({@link KinerjaTahunan}) from a
 * {@link SumberPengukuran} under the pemda's policies. Every rule is the calculation engine's ({@code core.calc});
 * this service only chooses inputs (which target, which realisasi) and records the trace. Pure Java: the server
 * calls it over the stored entities, the CLI over a data package, with the same answer (PengukuranDuaJalurTest).
 * docs/calculations.md lists every rule and docs/data-package.md "Calculation" the choices.
 */
public final class LayananPengukuran {

    /**
     * Version of the rule set. Stored with every snapshot; raise it whenever a rule or an input choice changes, so a
     * stored snapshot says which rules made it.
     */
    public static final String VERSI_ATURAN = "2026.12-1";

    private LayananPengukuran() {
    }

    /** The read model of that year; {@link TahunTidakAdaException} when the data hold nothing for the year. */
    public static KinerjaTahunan hitung(SumberPengukuran sumber, int tahun, KebijakanPengukuran kebijakan) {
        PaketData data = Objects.requireNonNull(sumber.data(), "data");
        List<Integer> ada = tahunTersedia(data);
        if (!ada.contains(tahun)) {
            throw new TahunTidakAdaException(data.pemda(), tahun, ada);
        }
        return new PerhitunganTahun(data, tahun, kebijakan).jalankan();
    }

    /** The authoritative target of an indicator-year (or the fallback source's), if any source has one. */
    public static java.util.Optional<KandidatTarget> targetBerwenang(PaketData data, String indikator, int tahun,
            id.akuntara.core.domain.rencana.SumberTarget berwenang) {
        return PerhitunganTahun.targetBerwenang(KandidatTarget.untuk(data, indikator, tahun), berwenang);
    }

    /** The years for which the data hold a target, a realisasi or a budget line, ascending. */
    public static List<Integer> tahunTersedia(PaketData data) {
        TreeSet<Integer> tahun = new TreeSet<>();
        daftar(data.target()).forEach(t -> tambah(tahun, t.tahun()));
        daftar(data.realisasi()).forEach(r -> tambah(tahun, r.tahun()));
        daftar(data.anggaran()).forEach(a -> tambah(tahun, a.tahun()));
        daftar(data.perjanjianKinerja()).forEach(p -> tambah(tahun, p.tahun()));
        return List.copyOf(tahun);
    }

    private static void tambah(TreeSet<Integer> tahun, Integer t) {
        if (t != null) {
            tahun.add(t);
        }
    }
}
