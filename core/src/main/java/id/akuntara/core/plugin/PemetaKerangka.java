package id.akuntara.core.plugin;

import id.akuntara.core.paket.PaketData;
import id.akuntara.spi.BabLaporan;
import id.akuntara.spi.BagianLaporan;
import id.akuntara.spi.KerangkaLaporan;

import java.util.List;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * A report outline between the data package's form ({@code pengaturan.kerangkaLaporan}, also how the server stores
 * a pemda's own outline) and the plugin contract's {@link KerangkaLaporan}, the form the configuration layers and the
 * report read. A section whose {@code wajib} is absent is optional.
 */
public final class PemetaKerangka {

    private PemetaKerangka() {
    }

    /** The package's outline as the contract's; refused (IllegalArgumentException) without a chapter or with a code twice. */
    public static KerangkaLaporan keKontrak(PaketData.Kerangka k) {
        return new KerangkaLaporan(bagian(daftar(k.pembuka())),
                daftar(k.bab()).stream().map(b -> new BabLaporan(b.nomor(), b.kode(), b.judul(), bagian(daftar(b.bagian()))))
                        .toList(),
                bagian(daftar(k.lampiran())));
    }

    /** The contract's outline in the package's form (e.g. to start a pemda's own outline from its plugin's). */
    public static PaketData.Kerangka kePaket(KerangkaLaporan k) {
        return new PaketData.Kerangka(paket(k.pembuka()),
                k.bab().stream().map(b -> new PaketData.BabKerangka(b.nomor(), b.kode(), b.judul(), paket(b.bagian())))
                        .toList(),
                paket(k.lampiran()));
    }

    private static List<BagianLaporan> bagian(List<PaketData.BagianKerangka> b) {
        return b.stream().map(x -> new BagianLaporan(x.kode(), x.judul(), Boolean.TRUE.equals(x.wajib()),
                bagian(daftar(x.subbagian())))).toList();
    }

    private static List<PaketData.BagianKerangka> paket(List<BagianLaporan> b) {
        return b.stream().map(x -> new PaketData.BagianKerangka(x.kode(), x.judul(), x.wajib() ? Boolean.TRUE : null,
                paket(x.subbagian()))).toList();
    }
}
