package id.akuntara.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command of the Akuntara command-line tool; subcommands are registered in {@link #main}. */
@Command(name = "akuntara", mixinStandardHelpOptions = true, version = "akuntara 0.1.0",
        description = "Alat baris perintah Akuntara (SAKIP).")
public final class AkuntaraCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AkuntaraCli()).execute(args));
    }
}
