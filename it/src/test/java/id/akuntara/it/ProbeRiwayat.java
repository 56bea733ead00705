package id.akuntara.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The probe's row for the history: A's budget line PB01 (from {@link ProbeAnggaran}); B's users get 404. */
final class ProbeRiwayat implements BagianProbe {

    @Override
    public Map<String, Aturan> baris() {
        Map<String, Aturan> m = new LinkedHashMap<>();
        m.put("GET /v1/riwayat/{jenis}/{id}", Aturan.rekamanA(Set.of("admin-pemda", "verifikator"), 200));
        return m;
    }

    @Override
    public String alamat(String operasi) {
        return BagianProbe.super.alamat(operasi).replace("{jenis}", "pos-anggaran").replace("{id}", ProbeAnggaran.idPosA);
    }
}
