package id.akuntara.core.kualitas;

/** Severity of a data-quality finding. */
public enum Keparahan {
    /** The data contradicts itself; a report built on it would be wrong. */
    GALAT,
    /** Probably a mistake; worth a look. */
    PERINGATAN,
    /** Worth knowing (e.g. a value carried forward from an earlier year). */
    INFO
}
