package id.akuntara.core.domain.perjanjian;

/** A PK is drafted, then signed; a signed PK never changes (a change is a new version). */
public enum StatusPerjanjian {
    DRAFT, DITANDATANGANI
}
