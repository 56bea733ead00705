package id.akuntara.launcher;

/** A start-up failure with one clear message for the operator; printed without a stack trace. */
public class LauncherException extends RuntimeException {
    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
