package id.akuntara.core.pengukuran;

import java.util.List;
import java.util.stream.Collectors;

/** The data hold nothing for the year asked: the message names the years they do hold. */
public final class TahunTidakAdaException extends IllegalArgumentException {

    private final List<Integer> tersedia;

    public TahunTidakAdaException(String pemda, int tahun, List<Integer> tersedia) {
        super("Data " + pemda + " tidak memuat tahun " + tahun + "; tahun yang ada: "
                + (tersedia.isEmpty() ? "tidak ada" : tersedia.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        this.tersedia = List.copyOf(tersedia);
    }

    public List<Integer> tersedia() {
        return tersedia;
    }
}
