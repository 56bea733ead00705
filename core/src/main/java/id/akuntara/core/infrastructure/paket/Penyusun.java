package id.akuntara.core.infrastructure.paket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Creates the records of a package section in dependency order: a record referring to another of the same
 * section by code (parent unit, parent budget line, replaced version) is created after it, whatever the order in
 * the package. The package was checked for cycles before.
 */
final class Penyusun<R, E> {

    private final Map<String, R> menurutKode = new HashMap<>();
    private final Map<String, E> dibuat = new HashMap<>();
    private final Function<R, List<String>> rujukan;
    private final BiFunction<R, Map<String, E>, E> buat;

    Penyusun(List<R> daftar, Function<R, String> kode, Function<R, List<String>> rujukan,
            BiFunction<R, Map<String, E>, E> buat) {
        daftar.forEach(r -> menurutKode.put(kode.apply(r), r));
        this.rujukan = rujukan;
        this.buat = buat;
    }

    /** Creates everything; returns code → created entity. */
    Map<String, E> semua() {
        menurutKode.keySet().stream().sorted().forEach(this::buat);
        return dibuat;
    }

    private E buat(String kode) {
        E ada = dibuat.get(kode);
        if (ada != null) {
            return ada;
        }
        R r = menurutKode.get(kode);
        for (String k : rujukan.apply(r)) {
            if (k != null) {
                buat(k);
            }
        }
        E e = buat.apply(r, dibuat);
        dibuat.put(kode, e);
        return e;
    }
}
