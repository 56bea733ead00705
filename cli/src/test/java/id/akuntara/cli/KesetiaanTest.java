package id.akuntara.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fidelity ledger (issue 9 point 6) cannot go stale: docs/fidelity.md is exactly what
 * {@code akuntara paket kesetiaan} writes, and every {@code inconsistencies} entry of the seeds' extractions
 * (/work/shared/seeds/extracted/*.json: pangkalpinang INC01–INC28, klungkung INC01–INC38, kaltim-a I1–I36,
 * kaltim-b IC-01–IC-35, kaltim-c 1–25) has its line.
 */
class KesetiaanTest {

    static final Path DOKUMEN = Path.of("..", "docs", "fidelity.md");

    @Test
    void docsFidelityMutakhir() throws IOException {
        String dibuat = PaketKesetiaanCommand.susun();
        assertTrue(Files.exists(DOKUMEN), "docs/fidelity.md tidak ada; jalankan: " + PaketKesetiaanCommand.PERINTAH);
        assertEquals(dibuat, Files.readString(DOKUMEN, StandardCharsets.UTF_8),
                "docs/fidelity.md usang; jalankan: " + PaketKesetiaanCommand.PERINTAH);
    }

    @Test
    void setiapInkonsistensiEkstraksiAdaBarisnya() {
        List<String> diharapkan = new ArrayList<>();
        for (int i = 1; i <= 28; i++) {
            diharapkan.add(String.format("pangkalpinang#INC%02d", i));
        }
        for (int i = 1; i <= 38; i++) {
            diharapkan.add(String.format("klungkung#INC%02d", i));
        }
        for (int i = 1; i <= 36; i++) {
            diharapkan.add("kaltim-a#I" + i);
        }
        for (int i = 1; i <= 35; i++) {
            diharapkan.add(String.format("kaltim-b#IC-%02d", i));
        }
        for (int i = 1; i <= 25; i++) {
            diharapkan.add("kaltim-c#" + i);
        }
        Set<String> ada = BarisKesetiaan.WILAYAH.stream().flatMap(p -> BarisKesetiaan.baca(p).stream())
                .map(BarisKesetiaan::inkonsistensi).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        List<String> hilang = diharapkan.stream().filter(id -> !ada.contains(id)).toList();
        assertEquals(List.of(), hilang, "inkonsistensi tanpa baris di buku kesetiaan");
        assertEquals(Set.copyOf(diharapkan), ada, "id inkonsistensi yang tidak dikenal");
    }

    /** A difference without a flag, and a line not covered, must say why; no reference may point nowhere. */
    @Test
    void setiapBedaDanCelahBeralasan() {
        Map<String, List<PenilaiKesetiaan.Hasil>> semua = PaketKesetiaanCommand.nilaiSemua();
        semua.values().stream().flatMap(List::stream).forEach(h -> {
            if (h.status() == PenilaiKesetiaan.Status.BERBEDA || h.status() == PenilaiKesetiaan.Status.TIDAK_TERCAKUP) {
                assertFalse(h.keterangan().isBlank(), () -> h.baris() + ": tanpa alasan");
            }
            assertFalse(h.keterangan().contains("tidak ada dalam model"), () -> h.baris() + ": " + h.keterangan());
        });
    }
}
