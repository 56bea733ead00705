package id.akuntara.it;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The probe's rows for the report files. The annual report and the year's PKs name no record: every pemda role gets
 * its own pemda's file (B's users get Kaltim's, never A's). One PK is addressed by A's code (Pangkalpinang's
 * PK-2021-SETDA, from its built-in package): B's users get 404, as Kaltim has no PK of that code.
 */
final class ProbeLaporan implements BagianProbe {

    /** Pangkalpinang's PK of 2021 (kota-pangkalpinang.json). */
    static final String KODE_PK_A = "PK-2021-SETDA";

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/laporan/{tahun}", Aturan.milikSendiri(PEMDA, 200));
        m.put("GET /v1/laporan/{tahun}/pk", Aturan.milikSendiri(PEMDA, 200));
        m.put("GET /v1/laporan/{tahun}/pk/{kode}", Aturan.rekamanA(PEMDA, 200));
        return m;
    }

    @Override
    public String alamat(String operasi) {
        return BagianProbe.super.alamat(operasi).replace("{kode}", KODE_PK_A);
    }
}
