package id.akuntara.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The organisation line of a Sekretariat Daerah for one level of government: its levels from the top, and the
 * fan-out limits the regulation states for each Setda type. Staf Ahli and functional positions stand outside
 * the line and are not part of the template.
 *
 * <p>A limit that is not listed is unknown, not unlimited: the platform then checks nothing for that level and
 * type (see each plugin's Javadoc for what could and could not be cited).
 *
 * @param jenjang      the levels, top first (at least one)
 * @param batasRentang fan-out limits per Setda type; at most one per type and level, never for the top level
 */
public record TemplatStruktur(List<JenjangStruktur> jenjang, List<BatasRentang> batasRentang) {

    public TemplatStruktur {
        jenjang = List.copyOf(jenjang);
        batasRentang = List.copyOf(batasRentang);
        if (jenjang.isEmpty()) {
            throw new IllegalArgumentException("templat struktur tanpa jenjang");
        }
        Set<String> kode = new HashSet<>();
        for (JenjangStruktur j : jenjang) {
            if (!kode.add(j.kode())) {
                throw new IllegalArgumentException("kode jenjang ganda: " + j.kode());
            }
        }
        Set<String> pasangan = new HashSet<>();
        for (BatasRentang b : batasRentang) {
            if (!kode.contains(b.kodeJenjang())) {
                throw new IllegalArgumentException("batas rentang untuk jenjang yang tidak ada: " + b.kodeJenjang());
            }
            if (b.kodeJenjang().equals(jenjang.get(0).kode())) {
                throw new IllegalArgumentException("jenjang puncak " + b.kodeJenjang() + " tidak memiliki induk");
            }
            if (!pasangan.add(b.tipe() + "/" + b.kodeJenjang())) {
                throw new IllegalArgumentException("batas rentang ganda untuk tipe " + b.tipe() + " jenjang "
                        + b.kodeJenjang());
            }
        }
    }

    /** The level with that code. */
    public Optional<JenjangStruktur> jenjang(String kode) {
        return jenjang.stream().filter(j -> j.kode().equals(kode)).findFirst();
    }

    /** The level directly below the given one, if any. */
    public Optional<JenjangStruktur> jenjangDiBawah(String kode) {
        for (int i = 0; i + 1 < jenjang.size(); i++) {
            if (jenjang.get(i).kode().equals(kode)) {
                return Optional.of(jenjang.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The limit of children of level {@code kodeJenjang} per parent for a Setda of that type; empty when unknown. */
    public OptionalInt batas(TipeSekretariat tipe, String kodeJenjang) {
        Objects.requireNonNull(tipe, "tipe");
        return batasRentang.stream()
                .filter(b -> b.tipe() == tipe && b.kodeJenjang().equals(kodeJenjang))
                .mapToInt(BatasRentang::maksimum)
                .findFirst();
    }
}
