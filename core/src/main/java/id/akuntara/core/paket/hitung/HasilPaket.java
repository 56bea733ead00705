package id.akuntara.core.paket.hitung;

import java.util.List;

/** What the platform computes from one pemda's data package for one year ({@link PerhitunganPaket#hitung}). */
public record HasilPaket(String pemda, int tahun, List<HasilIndikator> indikator, List<HasilSasaran> sasaran,
        List<HasilAnggaran> anggaran) {

    public HasilPaket {
        indikator = List.copyOf(indikator);
        sasaran = List.copyOf(sasaran);
        anggaran = List.copyOf(anggaran);
    }

    /** The result of the indicator with this code, if computed. */
    public java.util.Optional<HasilIndikator> indikator(String kode) {
        return indikator.stream().filter(h -> h.kode().equals(kode)).findFirst();
    }

    /** The aggregate of the sasaran with this code, if computed. */
    public java.util.Optional<HasilSasaran> sasaran(String kode) {
        return sasaran.stream().filter(h -> h.kode().equals(kode)).findFirst();
    }

    /** The budget node with this code, if computed. */
    public java.util.Optional<HasilAnggaran> anggaran(String kode) {
        return anggaran.stream().filter(h -> h.kode().equals(kode)).findFirst();
    }
}
