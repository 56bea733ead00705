package id.akuntara.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code akuntara paket …}: data packages. */
@Command(name = "paket", mixinStandardHelpOptions = true, description = "Paket data pemda: daftar paket bawaan, pemeriksaan, perhitungan, buku kesetiaan.",
        subcommands = {PaketDaftarCommand.class, PaketPeriksaCommand.class, PaketHitungCommand.class,
            PaketKesetiaanCommand.class})
final class PaketCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return AkuntaraCli.tanpaPerintah(spec);
    }
}
