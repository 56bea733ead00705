package id.akuntara.core.application.pengguna;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The directory port kept in memory, per pemda, for the service's unit tests (the adapter is tested in PenggunaIT). */
final class DirektoriDalamMemori implements DirektoriPengguna {

    record Anggota(String pemda, AkunPengguna akun, String sandi) {
    }

    final Map<String, Anggota> akun = new LinkedHashMap<>();

    String tambah(String pemda, String username, String... peran) {
        String id = UUID.randomUUID().toString();
        akun.put(id, new Anggota(pemda, new AkunPengguna(id, username, "Nama " + username, username + "@contoh.go.id",
                List.of(peran), null, true, false), "akuntara"));
        return id;
    }

    @Override
    public List<AkunPengguna> daftar(String kodePemda) {
        return akun.values().stream().filter(a -> a.pemda().equals(kodePemda)).map(Anggota::akun)
                .sorted(Comparator.comparing(AkunPengguna::username)).toList();
    }

    @Override
    public Optional<AkunPengguna> cari(String kodePemda, String id) {
        return Optional.ofNullable(akun.get(id)).filter(a -> a.pemda().equals(kodePemda)).map(Anggota::akun);
    }

    @Override
    public Set<String> sudahDipakai(String username, String email) {
        Set<String> dipakai = new HashSet<>();
        for (Anggota a : akun.values()) {
            if (a.akun().username().equals(username)) {
                dipakai.add("username");
            }
            if (a.akun().email().equalsIgnoreCase(email)) {
                dipakai.add("email");
            }
        }
        return dipakai;
    }

    @Override
    public AkunPengguna buat(String kodePemda, AkunBaru baru) {
        String id = UUID.randomUUID().toString();
        AkunPengguna a = new AkunPengguna(id, baru.username(), baru.nama(), baru.email(), new ArrayList<>(baru.peran()),
                baru.nip(), true, true);
        akun.put(id, new Anggota(kodePemda, a, baru.kataSandiSementara()));
        return a;
    }

    @Override
    public void aturAktif(String kodePemda, String id, boolean aktif) {
        Anggota a = akun.get(id);
        AkunPengguna k = a.akun();
        akun.put(id, new Anggota(a.pemda(), new AkunPengguna(k.id(), k.username(), k.nama(), k.email(), k.peran(), k.nip(),
                aktif, k.wajibGantiSandi()), a.sandi()));
    }

    @Override
    public void aturPeran(String kodePemda, String id, Set<String> peran) {
        Anggota a = akun.get(id);
        AkunPengguna k = a.akun();
        akun.put(id, new Anggota(a.pemda(), new AkunPengguna(k.id(), k.username(), k.nama(), k.email(),
                new ArrayList<>(peran), k.nip(), k.aktif(), k.wajibGantiSandi()), a.sandi()));
    }

    @Override
    public AkunPengguna buatPemda(String kodePemda, String namaPemda, AkunBaru admin) {
        return buat(kodePemda, admin);
    }

    @Override
    public void batalkanPemda(String kodePemda, String usernameAdmin) {
        akun.values().removeIf(a -> a.pemda().equals(kodePemda) && a.akun().username().equals(usernameAdmin));
    }
}
