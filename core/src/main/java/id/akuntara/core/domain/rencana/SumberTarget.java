package id.akuntara.core.domain.rencana;

/**
 * Which document a target comes from. They can differ for the same indicator-year (Klungkung 2020: Renstra 95,
 * PK 90 — domain.md); the pemda chooses the authoritative source and conflicts are shown.
 */
public enum SumberTarget {
    RPJMD, RENSTRA, IKU, PK, PK_PERUBAHAN
}
