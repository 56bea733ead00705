package id.akuntara.core.galat;

/**
 * The record does not exist in the caller's pemda. A record of another pemda is invisible (Hibernate's tenant filter
 * and row-level security), so it answers the same: existence is never revealed (HTTP 404, never 403).
 */
public class TidakDitemukanException extends RuntimeException {

    private final String pesanEn;

    public TidakDitemukanException(String pesan, String pesanEn) {
        super(pesan);
        this.pesanEn = pesanEn;
    }

    public String pesanEn() {
        return pesanEn;
    }
}
