package id.akuntara.core.reviu;

import java.util.Objects;

/** An input error, naming the row (1-based line, header = 1) and the column; the message is in Bahasa Indonesia. */
public record Galat(int baris, String kolom, String pesan) {

    public Galat {
        Objects.requireNonNull(kolom, "kolom");
        Objects.requireNonNull(pesan, "pesan");
    }
}
