package id.akuntara.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code akuntara hitung …}: single calculations. */
@Command(name = "hitung", mixinStandardHelpOptions = true, description = "Perhitungan tunggal (capaian).",
        subcommands = HitungCapaianCommand.class)
final class HitungCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return AkuntaraCli.tanpaPerintah(spec);
    }
}
