package id.akuntara.core.reviu;

import id.akuntara.core.calc.AngkaTercetak;
import java.math.BigDecimal;

/**
 * A typed worksheet cell: a number (with its printed precision), empty, "-" (nihil: zero in budget tables, as
 * Indonesian financial tables use it — Pangkalpinang LAKIP 2021 Tabel 3.4 "Evaluasi Pelaksanaan Kerja Sama"),
 * or "belum rilis".
 */
sealed interface Sel {

    record Angka(AngkaTercetak angka) implements Sel {
        BigDecimal nilai() {
            return angka.nilai();
        }
    }

    record Kosong() implements Sel {
    }

    record Nihil() implements Sel {
    }

    record BelumRilis() implements Sel {
    }

    Sel KOSONG = new Kosong();
    Sel NIHIL = new Nihil();
    Sel BELUM_RILIS = new BelumRilis();
}
