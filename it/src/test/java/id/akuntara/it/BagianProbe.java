package id.akuntara.it;

import java.util.Map;
import java.util.Set;

/**
 * One feature's part of {@link ProbePeranIT}'s role matrix: its operations with who may call them and the status
 * they get, and the address each is called at (pemda A's ids). A new feature adds its part to
 * {@link ProbePeranIT#BAGIAN}; an operation of the OpenAPI document that no part names fails the probe.
 */
interface BagianProbe {

    /** Pemda A, whose ids the probe uses: Kota Pangkalpinang. */
    String PEMDA_A = "kota-pangkalpinang";
    /** Pemda B, whose users call with A's ids: Provinsi Kalimantan Timur. */
    String PEMDA_B = "prov-kaltim";
    /** A's year that every part uses (fixed by {@link ProbeKinerja} before the probe). */
    int TAHUN_A = 2021;

    Set<String> PEMDA = Set.of("admin-pemda", "operator", "verifikator", "pimpinan");
    Set<String> SEMUA = Set.of("admin-pemda", "operator", "verifikator", "pimpinan", "kementerian", "admin-platform");

    /**
     * Who may call an operation ({@code peran} null: public), the status pemda A's allowed roles get, the status pemda
     * B's allowed roles get on A's address (404 when it names one of A's records: existence is not revealed), and the
     * JSON body sent (null: none).
     */
    record Aturan(Set<String> peran, int sukses, int suksesB, String isiJson) {

        static Aturan publik() {
            return new Aturan(null, 200, 200, null);
        }

        /** An operation on the caller's own pemda only (no id of A in the address): B gets its own answer. */
        static Aturan milikSendiri(Set<String> peran, int sukses) {
            return new Aturan(peran, sukses, sukses, null);
        }

        /** An operation on one of A's records: B's users get 404. */
        static Aturan rekamanA(Set<String> peran, int sukses) {
            return new Aturan(peran, sukses, 404, null);
        }

        Aturan denganIsi(String json) {
            return new Aturan(peran, sukses, suksesB, json);
        }

        Aturan denganSuksesB(int status) {
            return new Aturan(peran, sukses, status, isiJson);
        }
    }

    /** Prepares once, before the probe calls anything (e.g. reads one of pemda A's ids, fixes A's year). */
    default void siapkan() {
    }

    /** The part's rows: operation ("METHOD /v1/path" as in the OpenAPI document) → rule. */
    Map<String, Aturan> baris();

    /** The address (below the EAR's root, e.g. {@code api/v1/…}) the probe calls for one of the part's operations. */
    default String alamat(String operasi) {
        return "api" + operasi.substring(operasi.indexOf(' ') + 1).replace("{tahun}", String.valueOf(TAHUN_A));
    }
}
