package id.akuntara.cli;

import id.akuntara.reports.FormatLaporan;
import id.akuntara.reports.LayananLaporan;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The options every {@code akuntara laporan} command shares. None is required by picocli, so that {@code laporan pk}
 * can follow {@code laporan} without the parent's options; each command checks them itself ({@link #kurang()}).
 */
final class OpsiLaporan {

    enum Format { pdf, docx, xlsx }

    enum Bahasa { id, en }

    @Option(names = "--pemda", paramLabel = "KODE", description = "Kode pemda paket bawaan, mis. kota-pangkalpinang")
    String pemda;

    @Option(names = "--tahun", paramLabel = "TTTT", description = "Tahun laporan, mis. 2021")
    Integer tahun;

    @Option(names = "--format", defaultValue = "pdf", description = "Format berkas: ${COMPLETION-CANDIDATES} (bawaan: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--bahasa", defaultValue = "id", description = "Bahasa label: ${COMPLETION-CANDIDATES} (bawaan: ${DEFAULT-VALUE})")
    Bahasa bahasa;

    @Option(names = "--progres", description = "Menampilkan tahap kerja di stderr juga di luar terminal (di terminal selalu).")
    boolean progres;

    @Option(names = {"-o", "--keluaran"}, paramLabel = "BERKAS", description = "Berkas keluaran, mis. lakip-2021.pdf")
    Path keluaran;

    /** The options missing, as picocli names them ("--pemda, -o"), or null when none is. */
    String kurang() {
        StringBuilder sb = new StringBuilder();
        if (pemda == null) {
            sb.append("--pemda");
        }
        if (tahun == null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("--tahun");
        }
        if (keluaran == null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("-o");
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    FormatLaporan formatLaporan() {
        return FormatLaporan.valueOf(format.name().toUpperCase(Locale.ROOT));
    }

    Locale locale() {
        return bahasa == Bahasa.en ? Locale.ENGLISH : LayananLaporan.INDONESIA;
    }
}
