package id.akuntara.cli;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.AngkaParser;
import id.akuntara.core.calc.AngkaTidakTerbacaException;
import id.akuntara.core.calc.CapaianCalculator;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.Polaritas;
import java.math.BigDecimal;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code akuntara hitung capaian --polaritas turun --target 4,34 --realisasi 5,4} prints {@code 75,58}.
 * Exit 0 with a value, 1 when capaian cannot be computed (the reason is printed), 2 for unreadable input.
 */
@Command(name = "capaian", mixinStandardHelpOptions = true,
        description = "Menghitung capaian: naik R/T×100, turun (2T−R)/T×100; dibulatkan setengah ke atas ke 2 desimal.")
final class HitungCapaianCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--polaritas", required = true, description = "naik atau turun")
    String polaritas;

    @Option(names = "--target", required = true, description = "Target, format Indonesia (mis. 4,34)")
    String target;

    @Option(names = "--realisasi", required = true, description = "Realisasi, format Indonesia (mis. 5,4)")
    String realisasi;

    @Option(names = "--potong", description = "Tampilkan dengan pemotongan, bukan pembulatan setengah ke atas")
    boolean potong;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Polaritas p;
        BigDecimal t;
        BigDecimal r;
        try {
            p = Polaritas.dariKode(polaritas);
            t = baca("--target", target);
            r = baca("--realisasi", realisasi);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        HasilHitung h = CapaianCalculator.hitung(p, t, r);
        if (!h.bernilai()) {
            out.println(h.status().kode() + ": " + h.alasan());
            out.flush();
            return 1;
        }
        out.println(AngkaFormatter.format(h.nilaiAtauGagal(), potong ? Pembulatan.potong(2) : Pembulatan.STANDAR));
        out.flush();
        return 0;
    }

    private static BigDecimal baca(String opsi, String teks) {
        try {
            return AngkaParser.parse(teks).nilai();
        } catch (AngkaTidakTerbacaException e) {
            throw new IllegalArgumentException(opsi + ": " + e.getMessage(), e);
        }
    }
}
