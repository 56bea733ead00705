package id.akuntara.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command of the Akuntara command-line tool; subcommands are registered in {@link #commandLine()}. */
@Command(name = "akuntara", mixinStandardHelpOptions = true, version = "akuntara 0.1.0",
        description = "Alat baris perintah Akuntara (SAKIP).",
        subcommands = {ReviuCommand.class, HitungCommand.class, PaketCommand.class})
public final class AkuntaraCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with all subcommands; tests run it in-process with their own writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new AkuntaraCli());
    }

    public static void main(String[] args) {
        // Apache POI logs through the Log4j API; without a provider Log4j prints a warning on stderr.
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        System.exit(commandLine().execute(args));
    }
}
