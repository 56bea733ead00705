package id.akuntara.core.domain.pengukuran;

/**
 * Workflow of a realisation: entered (draft), submitted by the unit (diajukan), checked by the planning staff
 * (diverifikasi), approved (disahkan — locked; reports are assembled from approved data only); a submitted or
 * verified one can be returned (dikembalikan) with a reason and is then edited again.
 */
public enum StatusAlur {
    DRAFT, DIAJUKAN, DIVERIFIKASI, DISAHKAN, DIKEMBALIKAN
}
