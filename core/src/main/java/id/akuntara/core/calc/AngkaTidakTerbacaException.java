package id.akuntara.core.calc;

/**
 * Thrown when a text is not a number in Indonesian format or when its meaning is ambiguous. The message is in
 * Bahasa Indonesia and is shown to users as is; callers add the row and column.
 */
public final class AngkaTidakTerbacaException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String teks;

    public AngkaTidakTerbacaException(String teks, String pesan) {
        super(pesan);
        this.teks = teks;
    }

    /** The text that could not be read. */
    public String teks() {
        return teks;
    }
}
