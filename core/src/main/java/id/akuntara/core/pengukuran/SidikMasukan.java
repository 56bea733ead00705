package id.akuntara.core.pengukuran;

import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of what a read model was computed from: the pemda's data in the package's canonical form, the rule
 * set's version and the policies in force. Stored with a snapshot: equal fingerprints, equal inputs.
 */
public final class SidikMasukan {

    private SidikMasukan() {
    }

    public static String dari(PaketData data, KebijakanPengukuran kebijakan) {
        String masukan = Paket.tulis(data) + "\n" + LayananPengukuran.VERSI_ATURAN + "\n" + kebijakan.ringkasan();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(masukan.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 tidak tersedia", e);
        }
    }
}
