package id.akuntara.reports;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * One Perjanjian Kinerja as the row the {@code perjanjian-kinerja} template reads: parties, the sentences of the
 * agreement in the report's language, and its tables as nested row lists.
 */
final class DokumenPkBaris {

    private DokumenPkBaris() {
    }

    static Map<String, ?> baris(DokumenPk d, ResourceBundle label, Locale bahasa) {
        Map<String, Object> m = new HashMap<>();
        m.put("kode", d.kode());
        m.put("judul", MessageFormat.format(label.getString("pk.judul"), String.valueOf(d.tahun())));
        m.put("pertamaNama", nama(d.pertama()));
        m.put("pertamaJabatan", d.pertama().jabatan());
        m.put("pertamaNip", nip(d.pertama(), label));
        m.put("keduaNama", nama(d.kedua()));
        m.put("keduaJabatan", d.kedua().jabatan());
        m.put("keduaNip", nip(d.kedua(), label));
        m.put("pernyataan", MessageFormat.format(label.getString("pk.pernyataan"), d.pertama().jabatan(),
                d.kedua().jabatan(), String.valueOf(d.tahun())));
        String tanggal = LayananLaporan.tanggal(d.tanggal(), bahasa);
        m.put("tempatTanggal", (d.tempat() == null ? "" : d.tempat() + ", ")
                + (tanggal == null ? label.getString("pk.tanggalKosong") : tanggal));
        m.put("total", d.total() == null ? BarisLaporan.KOSONG : d.total());
        m.put("terbilang", d.terbilang() == null ? "" : "(" + d.terbilang() + ")");
        m.put("baris", BarisLaporan.pk(d.baris()));
        m.put("program", BarisLaporan.program(d.program()));
        return m;
    }

    private static String nama(PihakPk p) {
        return p.nama() == null ? "……………………………" : p.nama();
    }

    private static String nip(PihakPk p, ResourceBundle label) {
        return p.nip() == null ? "" : label.getString("pk.nip") + " " + p.nip();
    }
}
