package id.akuntara.core.application.perjanjian;

/**
 * A row as the caller sends it. In a child PK (one with a parent) the row is one of the parent's: {@code barisInduk}
 * names it by number (see {@link BarisPk#nomor}); sasaran, indikator, satuan and label are the parent's, and
 * {@code target}, when sent, must be identical to the parent's (domain.md: children carry subsets of the parent's
 * indicators with identical targets). In a PK without a parent the row is written out: {@code sasaranTeks} and
 * {@code indikatorTeks} are required, {@code indikator} is the plan's indicator code (optional). {@code target} is
 * written the Indonesian way ("77,5"; "1.234,5").
 */
public record IsiBaris(Integer barisInduk, String sasaranTeks, String indikatorTeks, String indikator, String satuan,
        String target, String targetLabel) {

    /** A child's row: the parent's row {@code barisInduk}, its target as stated. */
    public static IsiBaris dariInduk(int barisInduk, String target) {
        return new IsiBaris(barisInduk, null, null, null, null, target, null);
    }
}
