package id.akuntara.core.paket;

import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;

import static org.junit.jupiter.api.Assertions.fail;

/** Test packages written as JSON text: each must pass {@code Paket.periksa}, so the fixtures are real packages. */
public final class PaketUji {

    /** Setda with three Asisten, their posts, people and assignments (penugasan SEKDA, AS1, AS2, AS3, KDH). */
    public static final String ORGANISASI = """
            "unit": [{"kode": "SETDA", "nama": "Sekretariat Daerah", "jenis": "SEKRETARIAT_DAERAH", "berlakuMulai": "2019-01-01"},
                     {"kode": "AS1", "nama": "Asisten Pemerintahan", "jenis": "ASISTEN", "induk": "SETDA", "berlakuMulai": "2019-01-01"},
                     {"kode": "AS2", "nama": "Asisten Perekonomian", "jenis": "ASISTEN", "induk": "SETDA", "berlakuMulai": "2019-01-01"},
                     {"kode": "AS3", "nama": "Asisten Administrasi Umum", "jenis": "ASISTEN", "induk": "SETDA", "berlakuMulai": "2019-01-01"}],
            "jabatan": [{"kode": "KDH", "nama": "Bupati", "jenis": "KEPALA_DAERAH"},
                        {"kode": "SEKDA", "nama": "Sekretaris Daerah", "jenis": "STRUKTURAL", "unit": "SETDA"},
                        {"kode": "AS1", "nama": "Asisten I", "jenis": "STRUKTURAL", "unit": "AS1"},
                        {"kode": "AS2", "nama": "Asisten II", "jenis": "STRUKTURAL", "unit": "AS2"},
                        {"kode": "AS3", "nama": "Asisten III", "jenis": "STRUKTURAL", "unit": "AS3"}],
            "pegawai": [{"kode": "p1", "nama": "Bupati Uji"}, {"kode": "p2", "nama": "Sekda Uji"}, {"kode": "p3", "nama": "Asisten Satu"},
                        {"kode": "p4", "nama": "Asisten Dua"}, {"kode": "p5", "nama": "Asisten Tiga"}],
            "penugasan": [{"kode": "KDH", "pegawai": "p1", "jabatan": "KDH", "jenis": "DEFINITIF", "mulai": "2019-01-01"},
                          {"kode": "SEKDA", "pegawai": "p2", "jabatan": "SEKDA", "jenis": "DEFINITIF", "mulai": "2019-01-01"},
                          {"kode": "AS1", "pegawai": "p3", "jabatan": "AS1", "jenis": "DEFINITIF", "mulai": "2019-01-01"},
                          {"kode": "AS2", "pegawai": "p4", "jabatan": "AS2", "jenis": "PLT", "mulai": "2019-01-01"},
                          {"kode": "AS3", "pegawai": "p5", "jabatan": "AS3", "jenis": "DEFINITIF", "mulai": "2019-01-01"}],
            """;

    private PaketUji() {
    }

    /** The package; fails the test with every error when the text is not a valid package. */
    public static PaketData baca(String json) {
        HasilPemeriksaan h = Paket.periksa(json);
        if (!h.sah()) {
            fail("paket uji tidak sah: " + h.galat());
        }
        return h.paket().orElseThrow();
    }

    /** A package of pemda {@code kab-uji} with the given sections (JSON members, without the outer braces). */
    public static PaketData dengan(String bagian) {
        return baca("""
                {"format": "akuntara.paket-data", "versi": 1, "pemda": "kab-uji",
                 "rpjmd": [{"kode": "RPJMD", "nama": "RPJMD 2016–2021", "tahunMulai": 2016, "tahunSelesai": 2021}],
                 "renstra": [{"kode": "RENSTRA", "nama": "Renstra Setda 2019–2021", "rpjmd": "RPJMD",
                              "tahunMulai": 2019, "tahunSelesai": 2021}],
                 "tujuan": [{"kode": "T1", "teks": "Tujuan", "renstra": "RENSTRA"}],
                """ + bagian + "}");
    }
}
