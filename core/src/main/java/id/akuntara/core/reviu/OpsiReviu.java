package id.akuntara.core.reviu;

/**
 * Options of a reviu.
 *
 * @param bulatkanDulu round each member capaian to 2 decimals before a {@code rata-rata} (Klungkung LKjIP 2020
 *                     Tabel 3.3, 110,21); {@code false} with {@code --tanpa-pembulatan-dulu}
 */
public record OpsiReviu(boolean bulatkanDulu) {

    public static final OpsiReviu STANDAR = new OpsiReviu(true);
}
