package id.akuntara.core.domain.bersama;

/**
 * A business rule refused an operation (HTTP 409 on the API); the message is for the user, in Bahasa Indonesia, with
 * an English one where the rule gives it.
 */
public class AturanDilanggarException extends RuntimeException {

    private final String pesanEn;

    public AturanDilanggarException(String message) {
        this(message, null);
    }

    public AturanDilanggarException(String message, String pesanEn) {
        super(message);
        this.pesanEn = pesanEn;
    }

    /** The English message; without one, the Indonesian reason prefixed by an English lead. */
    public String pesanEn() {
        return pesanEn != null ? pesanEn : "Refused by a business rule: " + getMessage();
    }
}
