package id.akuntara.core.akses;

/** The signed-in user lacks the role a use case requires (HTTP 403). The message is for the user. */
public class AksesDitolakException extends RuntimeException {

    private final String pesanEn;

    public AksesDitolakException(String pesan, String pesanEn) {
        super(pesan);
        this.pesanEn = pesanEn;
    }

    public String pesanEn() {
        return pesanEn;
    }
}
