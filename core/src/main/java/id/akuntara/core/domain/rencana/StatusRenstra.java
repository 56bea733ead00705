package id.akuntara.core.domain.rencana;

/**
 * Where a Renstra stands: being written ({@code DRAF}, the only state in which its content may change) or adopted
 * ({@code DITETAPKAN}). A change to an adopted Renstra is a new version, the Perubahan Renstra (domain.md cycle
 * step 2: "Renstra gets revised mid-period"), which starts as a draft.
 */
public enum StatusRenstra {
    DRAF, DITETAPKAN
}
