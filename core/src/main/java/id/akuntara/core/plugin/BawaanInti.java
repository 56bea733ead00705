package id.akuntara.core.plugin;

import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.KebijakanPerhitungan;
import id.akuntara.spi.KegunaanSkala;
import id.akuntara.spi.KerangkaLaporan;

import java.util.Map;

/**
 * The core defaults, the lowest configuration layer: what a pemda gets when neither its plugin nor its own
 * settings say otherwise.
 */
public final class BawaanInti {

    /** "LKjIP", the name PermenPAN-RB 53/2014's Laporan Kinerja most often carries in the seeds (Klungkung, Kaltim). */
    public static final String NAMA_LAPORAN = "LKjIP";

    /** The policies under which every correct printed figure of the four seed reports reproduces. */
    public static final KebijakanPerhitungan KEBIJAKAN = KebijakanPerhitungan.STANDAR;

    /** No default scale at all: a value is rated only with a scale a plugin or the pemda chose. */
    public static final Map<KegunaanSkala, DefinisiSkala> SKALA = Map.of();

    private BawaanInti() {
    }

    /** The outline of PermenPAN-RB 53/2014. */
    public static KerangkaLaporan kerangkaLaporan() {
        return KerangkaLaporan.permenpanRb53Tahun2014();
    }
}
