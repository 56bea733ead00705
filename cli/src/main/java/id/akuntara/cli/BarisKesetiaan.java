package id.akuntara.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of the fidelity ledger source ({@code kesetiaan/<pemda>.tsv}): a figure printed in a seed report, or
 * one {@code inconsistencies} entry of the seed's extraction (/work/shared/seeds/extracted), with what the platform
 * holds for it. Only small facts are copied from the seeds: where it is printed, what it is, the value as printed.
 *
 * <p>Columns (tab-separated, {@code #} starts a comment line):
 * <ol>
 *   <li>{@code tahun}: the year of the read model the figure belongs to</li>
 *   <li>{@code sumber}: where it is printed ("Tabel 3.2", "3.4 Analisa Keuangan")</li>
 *   <li>{@code uraian}: what it is</li>
 *   <li>{@code tercetak}: the value as printed ("99,69", "47.845.628.624"); empty for a non-numeric entry</li>
 *   <li>{@code rujukan}: what the platform holds for it: {@code jejak:<trace id>} (a derived figure),
 *       {@code target:<indicator>}, {@code realisasi:<indicator>}, {@code pagu:<line>}, {@code pagu-murni:<line>},
 *       {@code realisasi-anggaran:<line>} ({@code TOTAL}: the pemda's total), {@code evaluasi:<year>} (the
 *       evaluation score the package holds as printed); empty: not covered</li>
 *   <li>{@code inkonsistensi}: the extraction's id ({@code kaltim-b#IC-05}), may be empty</li>
 *   <li>{@code tanda}: data-quality checks expected to flag it, comma-separated, {@code id} or {@code id:word} (the
 *       word a finding must mention; by default the code in {@code rujukan})</li>
 *   <li>{@code catatan}: why, for a line not covered or a difference; may be empty</li>
 * </ol>
 */
record BarisKesetiaan(String pemda, int nomor, int tahun, String sumber, String uraian, String tercetak,
        String rujukan, String inkonsistensi, String tanda, String catatan) {

    /** The regions of the ledger, in the order of docs/regions.md. */
    static final List<String> WILAYAH = List.of("kota-pangkalpinang", "kota-tanjungpinang", "kab-klungkung",
            "prov-kaltim");

    /** The ledger source of a region, from the class path. */
    static List<BarisKesetiaan> baca(String pemda) {
        String sumber = "kesetiaan/" + pemda + ".tsv";
        try (InputStream in = BarisKesetiaan.class.getClassLoader().getResourceAsStream(sumber)) {
            if (in == null) {
                throw new IllegalStateException("sumber buku kesetiaan '" + sumber + "' tidak ada di classpath");
            }
            return urai(pemda, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<BarisKesetiaan> urai(String pemda, String isi) {
        List<BarisKesetiaan> hasil = new ArrayList<>();
        String[] baris = isi.split("\n", -1);
        for (int i = 0; i < baris.length; i++) {
            String b = baris[i].replace("\r", "");
            if (b.isBlank() || b.startsWith("#")) {
                continue;
            }
            String[] k = Arrays.copyOf(b.split("\t", -1), 8);
            for (int j = 0; j < k.length; j++) {
                k[j] = k[j] == null ? "" : k[j].strip();
            }
            try {
                hasil.add(new BarisKesetiaan(pemda, i + 1, Integer.parseInt(k[0]), k[1], k[2], k[3], k[4], k[5], k[6],
                        k[7]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("kesetiaan/" + pemda + ".tsv baris " + (i + 1) + ": tahun '" + k[0]
                        + "' bukan angka", e);
            }
        }
        return hasil;
    }

    /** The kind of {@code rujukan} ({@code jejak}, {@code target} …), empty when none. */
    String jenis() {
        int i = rujukan.indexOf(':');
        return i < 0 ? "" : rujukan.substring(0, i);
    }

    /** The id after the kind: a trace id, an indicator or a budget line code. */
    String kunci() {
        int i = rujukan.indexOf(':');
        return i < 0 ? "" : rujukan.substring(i + 1);
    }

    /** The code a finding is expected to mention: the indicator, sasaran or line the reference names. */
    String kode() {
        if (!"jejak".equals(jenis())) {
            return kunci();
        }
        String[] bagian = kunci().split("/");
        return bagian.length > 1 ? bagian[1] : kunci();
    }
}
