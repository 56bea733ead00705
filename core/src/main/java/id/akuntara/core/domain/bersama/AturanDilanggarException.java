package id.akuntara.core.domain.bersama;

/** A business rule refused an operation; the message is for the user, in Bahasa Indonesia. */
public class AturanDilanggarException extends RuntimeException {
    public AturanDilanggarException(String message) {
        super(message);
    }
}
