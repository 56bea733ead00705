package id.akuntara.core.paket;

import id.akuntara.core.domain.pengukuran.PemeriksaBerkas;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.StatusAlur;
import id.akuntara.core.domain.pengukuran.StatusNilai;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static id.akuntara.core.paket.Pemeriksa.d;

/** Realisations: state and value agree, carried-forward years lie before, workflow states, evidence files. */
final class PemeriksaRealisasi {

    private final Pemeriksa g;
    private final Set<String> indikator;

    PemeriksaRealisasi(Pemeriksa g, Set<String> indikator) {
        this.g = g;
        this.indikator = indikator;
    }

    void periksa(List<PaketData.Realisasi> daftar) {
        Set<List<Object>> kunci = new HashSet<>();
        for (int i = 0; i < daftar.size(); i++) {
            var r = daftar.get(i);
            String j = "$.realisasi[" + i + "]";
            g.rujukan(r.indikator(), indikator, j + ".indikator", "Indikator", true);
            g.wajib(r.tahun(), j + ".tahun");
            g.pilihan(r.periode(), Periode.class, j + ".periode", true);
            g.pilihan(r.statusNilai(), StatusNilai.class, j + ".statusNilai", true);
            g.pilihan(r.statusAlur(), StatusAlur.class, j + ".statusAlur", true);
            g.unik(kunci, List.of(String.valueOf(r.indikator()), String.valueOf(r.tahun()), String.valueOf(r.periode())), j,
                    "Realisasi (indikator, tahun, periode)");
            boolean bernilai = "ADA".equals(r.statusNilai()) || "DIBAWA_DARI".equals(r.statusNilai());
            if (bernilai && r.nilai() == null) {
                g.galat(j + ".nilai", "wajib diisi untuk status " + r.statusNilai());
            }
            if (!bernilai && r.nilai() != null && r.statusNilai() != null) {
                g.galat(j + ".nilai", "realisasi berstatus " + r.statusNilai() + " tidak boleh bernilai");
            }
            if ("DIBAWA_DARI".equals(r.statusNilai())) {
                if (g.wajib(r.tahunAsal(), j + ".tahunAsal") && r.tahun() != null && r.tahunAsal() >= r.tahun()) {
                    g.galat(j + ".tahunAsal", "realisasi hanya dapat dibawa dari tahun sebelum " + r.tahun());
                }
            } else if (r.tahunAsal() != null) {
                g.galat(j + ".tahunAsal", "hanya untuk status DIBAWA_DARI");
            }
            if (r.label() != null && !"ADA".equals(r.statusNilai())) {
                g.galat(j + ".label", "label hanya untuk realisasi berstatus ADA");
            }
            if ("TIDAK_ADA".equals(r.statusNilai())) {
                g.wajib(r.catatan(), j + ".catatan");
            }
            if ("DIKEMBALIKAN".equals(r.statusAlur())) {
                g.wajib(r.alasanDikembalikan(), j + ".alasanDikembalikan");
            }
            bukti(d(r.bukti()), j);
        }
    }

    private void bukti(List<PaketData.Bukti> bukti, String j) {
        for (int b = 0; b < bukti.size(); b++) {
            var x = bukti.get(b);
            String jb = j + ".bukti[" + b + "]";
            g.wajib(x.namaBerkas(), jb + ".namaBerkas");
            g.waktu(x.diunggahPada(), jb + ".diunggahPada");
            g.wajib(x.diunggahPada(), jb + ".diunggahPada");
            if (!g.wajib(x.isiBase64(), jb + ".isiBase64") || !g.wajib(x.jenisKonten(), jb + ".jenisKonten")) {
                continue;
            }
            try {
                PemeriksaBerkas.periksa(String.valueOf(x.namaBerkas()), x.jenisKonten(), Base64.getDecoder().decode(x.isiBase64()));
            } catch (IllegalArgumentException e) {
                g.galat(jb + ".isiBase64", e.getMessage() != null && e.getMessage().contains("Illegal base64")
                        ? "bukan base64 yang sah" : e.getMessage());
            }
        }
    }
}
