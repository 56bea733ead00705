package id.akuntara.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.akuntara.cli.AkuntaraCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output and checks the contract every input must keep. */
final class JalankanCli {

    /** Where the seed worksheets and packages are (Maven runs the cli tests in the cli module directory). */
    static final Path AKAR = Path.of("..");

    private static final Pattern DIPERIKSA = Pattern.compile("diperiksa: (\\d+)|\"diperiksa\" : (\\d+)");

    record Hasil(int kode, String out, String err) {
    }

    private JalankanCli() {
    }

    /** One command line for all runs (picocli resets every option before parsing); building it costs ~10 ms. */
    private static final CommandLine CLI;

    static {
        System.setProperty("akuntara.debug", "true"); // an internal error shows its stack trace in the failure
        CLI = AkuntaraCli.commandLine();
    }

    static synchronized Hasil jalankan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int kode = CLI.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Hasil(kode, out.toString(), err.toString());
    }

    static List<Path> berkas(String folder, String akhiran) throws IOException {
        try (var s = Files.list(AKAR.resolve(folder))) {
            return s.filter(p -> p.toString().endsWith(akhiran)).sorted().toList();
        }
    }

    /**
     * Exit 0, 1 or 2; no exception class, stack frame or null-pointer text anywhere; exit 2 comes with a GALAT
     * line; "no findings" only when something was checked.
     */
    static void patuhi(Hasil h, String kasus) {
        String semua = h.out() + h.err();
        String info = kasus + " → kode " + h.kode() + "\nout: " + potong(h.out()) + "\nerr: " + potong(h.err());
        assertTrue(h.kode() == 0 || h.kode() == 1 || h.kode() == 2, info);
        assertFalse(semua.contains("Exception"), info);
        assertFalse(semua.contains("at id.akuntara") || semua.contains("\tat "), info);
        assertFalse(semua.contains("NullPointer") || semua.contains("is null") || semua.contains("Cannot invoke"), info);
        assertFalse(semua.contains("GALAT INTERNAL"), info);
        if (h.kode() == 2) {
            assertTrue(h.err().contains("GALAT"), info);
        }
        if (semua.contains("Tidak ada temuan")) {
            Matcher m = DIPERIKSA.matcher(semua);
            assertTrue(m.find(), info);
            int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            assertTrue(n > 0, info);
        }
    }

    private static String potong(String s) {
        return s.length() > 1500 ? s.substring(0, 1500) + "…" : s;
    }
}
