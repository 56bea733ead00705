package id.akuntara.core.plugin;

/**
 * Severity of a plugin problem. A {@link #GALAT} stops start-up; a {@link #PERINGATAN} is reported (start-up log,
 * admin endpoint) and the platform runs: a scale with a gap or an overlap is safe to run with, because the
 * calculation engine gives a value outside every band, or inside two, "tanpa predikat" with the reason instead of
 * guessing.
 */
public enum TingkatMasalah {
    GALAT, PERINGATAN
}
