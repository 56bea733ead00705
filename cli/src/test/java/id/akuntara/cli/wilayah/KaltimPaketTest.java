package id.akuntara.cli.wilayah;

import id.akuntara.core.paket.HasilPemeriksaan;
import id.akuntara.core.paket.Paket;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.paket.PaketData.PerjanjianKinerja;
import id.akuntara.tenant.provinsi.ProvinsiPlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in data package of Provinsi Kalimantan Timur ({@code paket/prov-kaltim.json}), made from the LKjIP 2021
 * of the Sekretariat Daerah (seed 004; extractions kaltim-a/b/c). Golden figures quote the seed's tables.
 */
class KaltimPaketTest {

    static final String SUMBER = "paket/prov-kaltim.json";
    static PaketData paket;

    @BeforeAll
    static void muat() throws IOException {
        try (InputStream in = KaltimPaketTest.class.getClassLoader().getResourceAsStream(SUMBER)) {
            assertNotNull(in, "paket " + SUMBER + " tidak ada di classpath");
            HasilPemeriksaan h = Paket.periksa(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(h.sah(), () -> "paket Kaltim tidak sah: " + h.galat());
            paket = h.paket().orElseThrow();
        }
    }

    static PerjanjianKinerja pk(String kode) {
        return paket.perjanjianKinerja().stream().filter(p -> p.kode().equals(kode)).findFirst().orElseThrow();
    }

    static BigDecimal rp(String tercetak) {
        return new BigDecimal(tercetak.replace(".", ""));
    }

    @Test
    void paketSahDanDikirimOlehPluginProvinsi() {
        assertTrue(new ProvinsiPlugin().paketData().contains(SUMBER));
        assertEquals("prov-kaltim", paket.pemda());
        // Pergub 18/2021: 3 Asisten, 9 Biro, 27 Bagian, 81 Subbagian (Tabel 1.1: Kepala Biro 9, Kabag 27, Kasubbag 81)
        Map<String, Long> perJenis = paket.unit().stream().filter(u -> u.berlakuSampai() == null)
                .collect(Collectors.groupingBy(PaketData.Unit::jenis, TreeMap::new, Collectors.counting()));
        assertEquals(3L, perJenis.get("ASISTEN"));
        assertEquals(9L, perJenis.get("BIRO"));
        assertEquals(27L, perJenis.get("BAGIAN"));
        assertEquals(81L, perJenis.get("SUBBAGIAN"));
        // Biro Infrastruktur dibubarkan, Biro PBJ dibentuk (BAB I.C)
        assertTrue(paket.perubahanUnit().stream().anyMatch(p -> p.asal().equals("B-INFRA") && p.jenis().equals("BUBAR")));
        assertEquals(Set.of("PLT", "PJ", "PLH", "DEFINITIF"),
                paket.penugasan().stream().map(PaketData.Penugasan::jenis).collect(Collectors.toSet()));
    }

    /**
     * Lampiran A18–A21 (PK 2022, 3 Januari 2022): the PKs of the three Asisten carry exactly the Sekda's 12 indicators
     * with identical targets, and their program amounts sum, program by program, to the Sekda's Rp 254.986.626.497.
     */
    @Test
    void pk2022TigaAsistenMenutupPkSekda() {
        PerjanjianKinerja sekda = pk("PK-2022-SEKDA");
        List<PerjanjianKinerja> anak = paket.perjanjianKinerja().stream()
                .filter(p -> "PK-2022-SEKDA".equals(p.induk())).toList();
        assertEquals(Set.of("PK-2022-ASPEMKESRA", "PK-2022-ASPAP", "PK-2022-ASADUM"),
                anak.stream().map(PerjanjianKinerja::kode).collect(Collectors.toSet()));

        Map<String, BigDecimal> targetSekda = new TreeMap<>();
        sekda.baris().forEach(b -> targetSekda.put(b.indikator(), b.targetNilai()));
        assertEquals(12, targetSekda.size());
        Map<String, BigDecimal> targetAnak = new TreeMap<>();
        for (PerjanjianKinerja a : anak) {
            for (var b : a.baris()) {
                assertEquals(null, targetAnak.put(b.indikator(), b.targetNilai()), "indikator ganda " + b.indikator());
            }
        }
        assertEquals(targetSekda.keySet(), targetAnak.keySet());
        targetSekda.forEach((k, v) -> assertEquals(0, v.compareTo(targetAnak.get(k)), k));
        assertEquals(List.of(4, 3, 5), List.of(pk("PK-2022-ASPEMKESRA").baris().size(),
                pk("PK-2022-ASPAP").baris().size(), pk("PK-2022-ASADUM").baris().size()));

        Map<String, BigDecimal> programAnak = new LinkedHashMap<>();
        BigDecimal totalAnak = BigDecimal.ZERO;
        for (PerjanjianKinerja a : anak) {
            for (var p : a.program()) {
                programAnak.merge(p.namaProgram(), p.jumlah(), BigDecimal::add);
                totalAnak = totalAnak.add(p.jumlah());
            }
        }
        assertEquals(0, rp("254.986.626.497").compareTo(totalAnak));
        assertEquals(0, rp("254.986.626.497").compareTo(sekda.totalTertulis()));
        for (var p : sekda.program()) {
            assertEquals(0, p.jumlah().compareTo(programAnak.get(p.namaProgram())), p.namaProgram());
        }
        // Program Penunjang is shared: 5.662.499.159 + 7.982.494.600 + 174.713.000.459 = 188.357.994.218
        assertEquals(0, rp("188.357.994.218").compareTo(programAnak.get("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI")));
        // Each child's own stated total (Lampiran A19–A21)
        assertEquals(0, rp("56.748.128.038").compareTo(pk("PK-2022-ASPEMKESRA").totalTertulis()));
        assertEquals(0, rp("19.868.519.000").compareTo(pk("PK-2022-ASPAP").totalTertulis()));
        assertEquals(0, rp("178.369.979.459").compareTo(pk("PK-2022-ASADUM").totalTertulis()));
    }

    /**
     * Lampiran A14–A17 (PK Perubahan 2021): the Asisten Pemerintahan dan Kesra PK is listed but not printed, so the
     * package holds only two children; they leave Rp 57.471.615.000 and three indicators of the Sekda PK uncovered.
     */
    @Test
    void pk2021AnakPemkesraTidakAda() {
        PerjanjianKinerja sekda = pk("PK-2021-SEKDA");
        assertEquals(0, rp("282.044.792.352").compareTo(sekda.totalTertulis()));
        List<PerjanjianKinerja> anak = paket.perjanjianKinerja().stream()
                .filter(p -> "PK-2021-SEKDA".equals(p.induk())).toList();
        assertEquals(Set.of("PK-2021-ASPAP", "PK-2021-ASADUM"), anak.stream().map(PerjanjianKinerja::kode).collect(Collectors.toSet()));
        BigDecimal totalAnak = anak.stream().flatMap(a -> a.program().stream()).map(PaketData.ProgramPk::jumlah)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, rp("57.471.615.000").compareTo(sekda.totalTertulis().subtract(totalAnak)));
        Set<String> tertutup = anak.stream().flatMap(a -> a.baris().stream()).map(PaketData.BarisPk::indikator)
                .collect(Collectors.toSet());
        Set<String> terbuka = sekda.baris().stream().map(PaketData.BarisPk::indikator).filter(k -> !tertutup.contains(k))
                .collect(Collectors.toSet());
        assertEquals(Set.of("IK-EKPPD", "IK-PRODUK-HUKUM", "IK-KESRA"), terbuka);
    }
}
