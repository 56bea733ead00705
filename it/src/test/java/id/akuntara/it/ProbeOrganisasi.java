package id.akuntara.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The probe's rows for the organisation chart (issue 13 point 1): reads for every pemda role, writes for admin-pemda.
 * Bodies that change nothing: an empty body (422, every field missing). Pemda B's admin on A's unit (Pangkalpinang's
 * BAG-EKSDA, which Kaltim has not) and A's assignment (sekda-2021): 404 before the body is read.
 */
final class ProbeOrganisasi implements BagianProbe {

    private static final Set<String> ADMIN = Set.of("admin-pemda");

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/organisasi", Aturan.milikSendiri(PEMDA, 200));
        m.put("GET /v1/organisasi/riwayat", Aturan.milikSendiri(PEMDA, 200));
        m.put("POST /v1/organisasi/unit", Aturan.milikSendiri(ADMIN, 422).denganIsi("{}"));
        m.put("POST /v1/organisasi/unit/{kode}/ganti-nama", Aturan.rekamanA(ADMIN, 422).denganIsi("{}"));
        m.put("POST /v1/organisasi/unit/{kode}/pecah", Aturan.rekamanA(ADMIN, 422).denganIsi("{}"));
        m.put("POST /v1/organisasi/unit/{kode}/gabung", Aturan.rekamanA(ADMIN, 422).denganIsi("{}"));
        m.put("POST /v1/organisasi/unit/{kode}/tutup", Aturan.rekamanA(ADMIN, 422).denganIsi("{}"));
        m.put("POST /v1/organisasi/jabatan", Aturan.milikSendiri(ADMIN, 422).denganIsi("{}"));
        m.put("POST /v1/organisasi/pegawai", Aturan.milikSendiri(ADMIN, 422).denganIsi("{}"));
        m.put("POST /v1/organisasi/penugasan", Aturan.milikSendiri(ADMIN, 422).denganIsi("{}"));
        m.put("POST /v1/organisasi/penugasan/{kode}/akhiri", Aturan.rekamanA(ADMIN, 422).denganIsi("{}"));
        return m;
    }

    @Override
    public String alamat(String operasi) {
        String kode = operasi.contains("/penugasan/") ? "sekda-2021" : "BAG-EKSDA";
        return BagianProbe.super.alamat(operasi).replace("{kode}", kode);
    }
}
