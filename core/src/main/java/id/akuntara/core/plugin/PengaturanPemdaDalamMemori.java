package id.akuntara.core.plugin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pemda settings held in memory (tests, the CLI working on data packages without a database). */
public final class PengaturanPemdaDalamMemori implements PengaturanPemdaSource {

    private final Map<String, PengaturanPemda> pengaturan = new ConcurrentHashMap<>();

    public PengaturanPemdaDalamMemori tetapkan(String kodePemda, PengaturanPemda p) {
        pengaturan.put(kodePemda, p);
        return this;
    }

    @Override
    public PengaturanPemda untuk(String kodePemda) {
        return pengaturan.getOrDefault(kodePemda, PengaturanPemda.KOSONG);
    }
}
