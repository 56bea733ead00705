package id.akuntara.core.pengukuran;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.HasilHitung;
import id.akuntara.core.calc.Pembulatan;
import id.akuntara.core.calc.StatusHasil;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the trace of every figure while a pemda-year is measured; each figure is made through it. */
final class PencatatJejak {

    private final Pembulatan pembulatan;
    private final Map<String, Jejak> jejak = new LinkedHashMap<>();

    PencatatJejak(Pembulatan pembulatan) {
        this.pembulatan = pembulatan;
    }

    /** The figure of {@code h}, traced under {@code id} with its rule and inputs (name → value, in order). */
    Angka catat(String id, Aturan aturan, HasilHitung h, Object... masukan) {
        Angka a = Angka.dari(id, h, pembulatan);
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < masukan.length; i += 2) {
            m.put(String.valueOf(masukan[i]), teks(masukan[i + 1]));
        }
        jejak.put(id, new Jejak(id, aturan, m, a.status(), a.nilai(), a.tampil()));
        return a;
    }

    /**
     * A count (e.g. indicators in a band), traced under {@code id} with the counted items as its inputs
     * (item → what it was counted by); printed as a whole number, never rounded to the pemda's decimals.
     */
    void catatJumlah(String id, Aturan aturan, int jumlah, Map<String, String> masukan) {
        jejak.put(id, new Jejak(id, aturan, masukan, StatusHasil.TERHITUNG.kode(),
                BigDecimal.valueOf(jumlah), String.valueOf(jumlah)));
    }

    List<Jejak> semua() {
        return new ArrayList<>(jejak.values());
    }

    /** An input as printed: numbers in Indonesian notation at their own precision, blanks as "-". */
    static String teks(Object o) {
        if (o == null) {
            return "-";
        }
        if (o instanceof BigDecimal b) {
            BigDecimal s = b.stripTrailingZeros();
            return AngkaFormatter.formatTepat(s.scale() < 0 ? s.setScale(0) : s);
        }
        return o.toString();
    }
}
