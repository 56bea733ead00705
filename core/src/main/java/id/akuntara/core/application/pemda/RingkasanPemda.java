package id.akuntara.core.application.pemda;

import id.akuntara.core.domain.pemda.Pemda;

/** A registered pemda as the platform's admin lists it. */
public record RingkasanPemda(String kode, String nama, String tingkat, String provinsi, String zonaWaktu,
                             String namaLaporan) {

    static RingkasanPemda dari(Pemda p) {
        return new RingkasanPemda(p.getKode(), p.getNama(), p.getTingkat().name(), p.getProvinsi(),
                p.getZonaWaktu().getId(), p.getNamaLaporan());
    }
}
