package id.akuntara.core.plugin;

import java.util.Objects;
import java.util.Optional;

/**
 * A setting's value and the layer it came from, so an admin page can show why a pemda has it.
 *
 * @param nilai   the value in force
 * @param lapisan where it was set
 */
public record NilaiBerlapis<T>(T nilai, Lapisan lapisan) {

    public NilaiBerlapis {
        Objects.requireNonNull(nilai, "nilai");
        Objects.requireNonNull(lapisan, "lapisan");
    }

    /** The highest layer that sets a value: pemda, else plugin, else core. */
    static <T> NilaiBerlapis<T> pilih(T inti, Optional<? extends T> plugin, Optional<? extends T> pemda) {
        if (pemda.isPresent()) {
            return new NilaiBerlapis<>(pemda.get(), Lapisan.PEMDA);
        }
        if (plugin.isPresent()) {
            return new NilaiBerlapis<>(plugin.get(), Lapisan.PLUGIN);
        }
        return new NilaiBerlapis<>(inti, Lapisan.INTI);
    }
}
