package id.akuntara.core.galat;

/**
 * A service the use case needs (e.g. Keycloak for the user directory) does not answer: nothing was written, and the
 * same request can be sent again once it is back (HTTP 503). The message is for the user.
 */
public class LayananTidakTersediaException extends RuntimeException {

    private final String pesanEn;

    public LayananTidakTersediaException(String pesan, String pesanEn, Throwable sebab) {
        super(pesan, sebab);
        this.pesanEn = pesanEn;
    }

    public String pesanEn() {
        return pesanEn;
    }
}
