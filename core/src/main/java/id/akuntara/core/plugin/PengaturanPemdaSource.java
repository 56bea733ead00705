package id.akuntara.core.plugin;

/**
 * Where a pemda's own settings (the top configuration layer) are read from. The server's implementation reads the
 * database ({@code core.plugin.cdi.PengaturanPemdaBasisData}); tests and the CLI use
 * {@link PengaturanPemdaDalamMemori}.
 */
public interface PengaturanPemdaSource {

    /** The pemda's settings; {@link PengaturanPemda#KOSONG} when it has none. */
    PengaturanPemda untuk(String kodePemda);
}
