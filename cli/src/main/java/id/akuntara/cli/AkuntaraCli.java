package id.akuntara.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Root command of the Akuntara command-line tool; subcommands are registered in {@link #commandLine()}.
 *
 * <p>Exit codes, for every command: 0 success (no findings), 1 findings, 2 input that cannot be used (unknown
 * command or option, missing or wrong argument, unreadable or invalid file — one {@code GALAT:} line on stderr in
 * Bahasa Indonesia), 3 an internal error of akuntara itself (never a stack trace unless {@code AKUNTARA_DEBUG} is
 * set).
 */
@Command(name = "akuntara", mixinStandardHelpOptions = true, version = "akuntara 0.1.0",
        description = {"Alat baris perintah Akuntara (SAKIP).",
            "Kode keluar: 0 berhasil, 1 ada temuan, 2 masukan tidak dapat dipakai, 3 galat internal."},
        subcommands = {ReviuCommand.class, HitungCommand.class, PaketCommand.class, LaporanCommand.class})
public final class AkuntaraCli implements java.util.concurrent.Callable<Integer> {

    /** Exit code of an internal error (a bug of akuntara, not of the input). */
    static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return tanpaPerintah(spec);
    }

    /** A command that needs a subcommand was given none: the usage on stderr, exit 2. */
    static int tanpaPerintah(CommandLine.Model.CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("GALAT: sebutkan perintah: " + String.join(", ", spec.subcommands().keySet())
                + " (lihat: " + spec.qualifiedName() + " --help).");
        spec.commandLine().usage(err);
        err.flush();
        return PesanGalat.MASUKAN;
    }

    /** The command line with all subcommands; tests run it in-process with their own writers. */
    public static CommandLine commandLine() {
        // Apache POI logs through the Log4j API: without a provider Log4j prints a warning on stderr, and with one
        // POI logs a damaged XLSX's XML error with a stack trace. The CLI says what is wrong itself, so: silent.
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        CommandLine cl = new CommandLine(new AkuntaraCli());
        cl.setParameterExceptionHandler(AkuntaraCli::argumenSalah);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> internal(e, commandLine.getErr()));
        CommandLine.IExecutionStrategy biasa = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            try {
                return biasa.execute(parseResult);
            } catch (StackOverflowError | OutOfMemoryError e) {
                return internal(e, cl.getErr());
            }
        });
        return cl;
    }

    /** A wrong command line, said in Bahasa Indonesia (picocli's messages are English), exit 2. */
    private static int argumenSalah(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("GALAT: " + pesan(e, cl));
        err.println("Lihat: " + cl.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return PesanGalat.MASUKAN;
    }

    static String pesan(CommandLine.ParameterException e, CommandLine cl) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> sisa = u.getUnmatched();
            String pertama = sisa.isEmpty() ? "" : sisa.get(0);
            String saran = u.getSuggestions().isEmpty() ? "" : " Maksud Anda: " + String.join(", ", u.getSuggestions()) + "?";
            if (pertama.startsWith("-")) {
                return "opsi tidak dikenal: '" + pertama + "'." + saran;
            }
            if (!cl.getSubcommands().isEmpty()) {
                return "perintah tidak dikenal: '" + pertama + "'. Perintah yang ada: "
                        + String.join(", ", cl.getSubcommands().keySet()) + "." + saran;
            }
            return "argumen berlebih: '" + String.join(" ", sisa) + "'.";
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return "wajib diisi: " + m.getMissing().stream().map(AkuntaraCli::nama).collect(Collectors.joining(", ")) + ".";
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return "opsi " + nama(o.getOverwritten()) + " disebutkan lebih dari sekali.";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            String pilihan = "";
            if (arg.type().isEnum()) {
                pilihan = " Pilihan: " + java.util.Arrays.stream(arg.type().getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", ")) + ".";
            } else if (arg.type() == int.class || arg.type() == Integer.class) {
                pilihan = " Harus bilangan bulat.";
            }
            return "nilai '" + e.getValue() + "' tidak sah untuk " + nama(arg) + "." + pilihan;
        }
        if (arg != null) {
            return "nilai untuk " + nama(arg) + " tidak sah atau tidak ada.";
        }
        return "argumen baris perintah tidak sah.";
    }

    private static String nama(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        if (a instanceof PositionalParamSpec p) {
            return p.paramLabel();
        }
        return String.valueOf(a);
    }

    /** An exception no command handled: a bug of akuntara. One line, no stack trace (unless AKUNTARA_DEBUG). */
    private static int internal(Throwable e, PrintWriter err) {
        err.println("GALAT INTERNAL: akuntara gagal memproses masukan ini (kesalahan program, bukan kesalahan berkas"
                + " Anda). Mohon laporkan beserta perintah dan berkasnya.");
        if (System.getenv("AKUNTARA_DEBUG") != null || Boolean.getBoolean("akuntara.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
