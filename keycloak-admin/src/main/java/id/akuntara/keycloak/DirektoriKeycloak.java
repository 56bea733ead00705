package id.akuntara.keycloak;

import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.pengguna.AkunBaru;
import id.akuntara.core.application.pengguna.AkunPengguna;
import id.akuntara.core.application.pengguna.DirektoriPengguna;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.LayananTidakTersediaException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link DirektoriPengguna} on Keycloak: a pemda is the organization whose alias is the pemda code; its users are
 * the organization's members; roles are realm roles. Calls are made as the service account of the client
 * {@code akuntara-admin} (docs/keycloak-admin.md lists its realm-management roles and why each is needed).
 * <p>
 * Creating a user is several admin calls; it is made all-or-nothing this way: the account is created disabled with
 * the attribute {@value #TERTUNDA} = pemda code, then gets its roles and its membership, and only the last call
 * enables it and removes the mark. If a call fails the account is removed; if Keycloak went away before it could be
 * removed, the marked account cannot sign in, is shown to no pemda, and is replaced by the next request for the same
 * username from the same pemda. Keycloak not answering (connection refused, timeout, 5xx) is
 * {@link LayananTidakTersediaException} (503); nothing else is cached, so it recovers by itself when Keycloak returns.
 * <p>
 * The calls are serialised: the server's RESTEasy client is built with one connection, and an admin's user page is
 * not a place of concurrent load.
 */
@ApplicationScoped
public class DirektoriKeycloak implements DirektoriPengguna {

    /** The attribute marking an account whose creation is not finished (user profile attribute of the realm). */
    static final String TERTUNDA = "pembuatanTertunda";
    /** The attribute holding the pegawai's NIP (user profile attribute of the realm). */
    static final String NIP = "nip";
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final int MAKS = 1000;

    private static final Logger LOG = Logger.getLogger(DirektoriKeycloak.class.getName());

    private final PengaturanKeycloakAdmin pengaturan;
    private Keycloak klien;

    public DirektoriKeycloak() {
        this(PengaturanKeycloakAdmin.dariLingkungan());
    }

    DirektoriKeycloak(PengaturanKeycloakAdmin pengaturan) {
        this.pengaturan = pengaturan;
    }

    @PreDestroy
    synchronized void tutup() {
        if (klien != null) {
            klien.close();
            klien = null;
        }
    }

    @Override
    public synchronized List<AkunPengguna> daftar(String kodePemda) {
        return panggil(realm -> {
            OrganizationResource org = organisasi(realm, kodePemda);
            List<AkunPengguna> hasil = new ArrayList<>();
            for (UserRepresentation u : org.members().list(0, MAKS, false)) {
                if (!tertunda(u)) {
                    hasil.add(akun(realm, u));
                }
            }
            hasil.sort(Comparator.comparing(AkunPengguna::username));
            return hasil;
        });
    }

    @Override
    public synchronized Optional<AkunPengguna> cari(String kodePemda, String id) {
        return panggil(realm -> {
            UserRepresentation u;
            try {
                u = organisasi(realm, kodePemda).members().member(id).toRepresentation();
            } catch (NotFoundException e) {
                return Optional.empty();
            }
            return tertunda(u) ? Optional.<AkunPengguna>empty() : Optional.of(akun(realm, u));
        });
    }

    @Override
    public synchronized Set<String> sudahDipakai(String username, String email) {
        return panggil(realm -> {
            Set<String> dipakai = new HashSet<>();
            if (realm.users().searchByUsername(username, true).stream().anyMatch(u -> !tertunda(u))) {
                dipakai.add("username");
            }
            if (realm.users().searchByEmail(email, true).stream().anyMatch(u -> !tertunda(u))) {
                dipakai.add("email");
            }
            return dipakai;
        });
    }

    @Override
    public synchronized AkunPengguna buat(String kodePemda, AkunBaru baru) {
        return panggil(realm -> buatAnggota(realm, organisasi(realm, kodePemda), kodePemda, baru));
    }

    @Override
    public synchronized AkunPengguna buatPemda(String kodePemda, String namaPemda, AkunBaru admin) {
        return panggil(realm -> {
            Optional<OrganizationRepresentation> ada = cariOrganisasi(realm, kodePemda);
            String id;
            if (ada.isPresent()) {
                id = ada.get().getId();
                siapkanSisaOrganisasi(realm, id, kodePemda, admin);
            } else {
                id = buatOrganisasi(realm, kodePemda, namaPemda);
            }
            try {
                return buatAnggota(realm, realm.organizations().get(id), kodePemda, admin);
            } catch (RuntimeException e) {
                if (ada.isEmpty()) {
                    hapusOrganisasi(realm, id, kodePemda, e);
                }
                throw e;
            }
        });
    }

    @Override
    public synchronized void batalkanPemda(String kodePemda, String usernameAdmin) {
        panggil(realm -> {
            Optional<OrganizationRepresentation> ada = cariOrganisasi(realm, kodePemda);
            if (ada.isPresent()) {
                OrganizationResource org = realm.organizations().get(ada.get().getId());
                for (UserRepresentation u : org.members().list(0, MAKS, false)) {
                    if (u.getUsername().equals(usernameAdmin)) {
                        realm.users().delete(u.getId()).close();
                    }
                }
                hapusOrganisasi(realm, ada.get().getId(), kodePemda, null);
            }
            return null;
        });
    }

    @Override
    public synchronized void aturAktif(String kodePemda, String id, boolean aktif) {
        panggil(realm -> {
            UserResource user = anggota(realm, kodePemda, id);
            UserRepresentation rep = user.toRepresentation();
            rep.setEnabled(aktif);
            user.update(rep);
            if (!aktif) {
                user.logout(); // its open sessions end too
            }
            return null;
        });
    }

    @Override
    public synchronized void aturPeran(String kodePemda, String id, Set<String> peran) {
        panggil(realm -> {
            UserResource user = anggota(realm, kodePemda, id);
            List<RoleRepresentation> lepas = user.roles().realmLevel().listAll().stream()
                    .filter(r -> Peran.PEMDA.contains(r.getName()) && !peran.contains(r.getName())).toList();
            List<RoleRepresentation> beri = user.roles().realmLevel().listAvailable().stream()
                    .filter(r -> peran.contains(r.getName())).toList();
            if (!beri.isEmpty()) {
                user.roles().realmLevel().add(beri);
            }
            if (!lepas.isEmpty()) {
                user.roles().realmLevel().remove(lepas);
            }
            return null;
        });
    }

    // --- inside a call -------------------------------------------------------------------------------------------

    private AkunPengguna buatAnggota(RealmResource realm, OrganizationResource org, String kodePemda, AkunBaru baru) {
        bersihkanSisa(realm, kodePemda, baru);
        String id = buatTertunda(realm, kodePemda, baru);
        try {
            UserResource user = realm.users().get(id);
            List<RoleRepresentation> peran = user.roles().realmLevel().listAvailable().stream()
                    .filter(r -> baru.peran().contains(r.getName())).toList();
            if (peran.size() != baru.peran().size()) {
                throw new IllegalStateException("Peran " + baru.peran() + " tidak semuanya dapat diberikan oleh akun"
                        + " layanan " + pengaturan.clientId() + " (tersedia: " + peran + ")");
            }
            user.roles().realmLevel().add(peran);
            try (Response r = org.members().addMember(id)) {
                if (r.getStatus() != 201 && r.getStatus() != 204) {
                    throw new WebApplicationException("Keanggotaan " + kodePemda + " gagal: " + r.getStatus(),
                            r.getStatus());
                }
            }
            UserRepresentation rep = user.toRepresentation();
            Map<String, List<String>> atribut = rep.getAttributes() == null ? new HashMap<>()
                    : new HashMap<>(rep.getAttributes());
            atribut.remove(TERTUNDA);
            rep.setAttributes(atribut);
            rep.setEnabled(true);
            user.update(rep);
            return akun(realm, user.toRepresentation());
        } catch (RuntimeException e) {
            hapusTertunda(realm, id, e);
            throw e;
        }
    }

    private Optional<OrganizationRepresentation> cariOrganisasi(RealmResource realm, String kodePemda) {
        return realm.organizations().list(0, MAKS).stream().filter(o -> kodePemda.equals(o.getAlias())).findFirst();
    }

    /** A new organization for the pemda: alias = code (the token's {@code organization} claim), name = its name. */
    private String buatOrganisasi(RealmResource realm, String kodePemda, String namaPemda) {
        OrganizationRepresentation rep = new OrganizationRepresentation();
        rep.setAlias(kodePemda);
        rep.setName(namaPemda);
        rep.setDescription(namaPemda);
        rep.setEnabled(true);
        try (Response r = realm.organizations().create(rep)) {
            if (r.getStatus() == 409) {
                throw new AturanDilanggarException("Keycloak sudah memiliki organisasi bernama " + namaPemda
                        + " atau beralias " + kodePemda + ".", "Keycloak already has an organization named " + namaPemda
                        + " or with the alias " + kodePemda + ".");
            }
            if (r.getStatus() != 201) {
                throw new WebApplicationException("Pembuatan organisasi " + kodePemda + " ditolak Keycloak: "
                        + r.readEntity(String.class), r.getStatus());
            }
        }
        LOG.info(() -> "Organisasi Keycloak " + kodePemda + " dibuat.");
        return cariOrganisasi(realm, kodePemda).orElseThrow(() -> new IllegalStateException(
                "Organisasi " + kodePemda + " tidak ditemukan sesudah dibuat")).getId();
    }

    /**
     * An organization left by an interrupted onboarding of the same code: reused. Its only finished member may be the
     * same first admin (the database rows did not commit, the undo did not reach Keycloak): that account goes and is
     * made again. Any other finished member means the organization belongs to somebody: refused.
     */
    private void siapkanSisaOrganisasi(RealmResource realm, String id, String kodePemda, AkunBaru admin) {
        List<? extends UserRepresentation> anggota = realm.organizations().get(id).members().list(0, MAKS, false);
        List<String> lain = anggota.stream().filter(u -> !tertunda(u) && !u.getUsername().equals(admin.username()))
                .map(UserRepresentation::getUsername).toList();
        if (!lain.isEmpty()) {
            throw new AturanDilanggarException("Organisasi Keycloak " + kodePemda + " sudah ada dengan anggota "
                    + String.join(", ", lain) + "; pemda tidak didaftarkan. Periksa realm Keycloak.",
                    "The Keycloak organization " + kodePemda + " already exists with members " + String.join(", ", lain)
                            + "; the pemda was not registered. Check the Keycloak realm.");
        }
        LOG.info(() -> "Organisasi Keycloak " + kodePemda + " sisa pendaftaran yang terputus dipakai ulang.");
        for (UserRepresentation u : anggota) {
            if (!tertunda(u)) {
                realm.users().delete(u.getId()).close();
            }
        }
    }

    private static void hapusOrganisasi(RealmResource realm, String id, String kodePemda, RuntimeException sebab) {
        try (Response r = realm.organizations().get(id).delete()) {
            LOG.log(Level.WARNING, "Pendaftaran pemda " + kodePemda + " dibatalkan; organisasi dihapus (" + r.getStatus()
                    + ")", sebab);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Organisasi " + kodePemda + " belum terhapus; dipakai ulang pada pendaftaran berikutnya", e);
        }
    }


    private UserResource anggota(RealmResource realm, String kodePemda, String id) {
        UserRepresentation u = organisasi(realm, kodePemda).members().member(id).toRepresentation();
        if (tertunda(u)) {
            throw new NotFoundException();
        }
        return realm.users().get(id);
    }

    private OrganizationResource organisasi(RealmResource realm, String kodePemda) {
        Optional<OrganizationRepresentation> org = realm.organizations().list(0, MAKS).stream()
                .filter(o -> kodePemda.equals(o.getAlias())).findFirst();
        return realm.organizations().get(org.orElseThrow(() -> new IllegalStateException(
                "Organisasi Keycloak " + kodePemda + " tidak ada di realm " + pengaturan.realm())).getId());
    }

    /** An account left marked by an earlier, interrupted creation of the same username for the same pemda goes. */
    private void bersihkanSisa(RealmResource realm, String kodePemda, AkunBaru baru) {
        for (UserRepresentation u : realm.users().searchByUsername(baru.username(), true)) {
            if (kodePemda.equals(atribut(u, TERTUNDA))) {
                LOG.info(() -> "Akun " + baru.username() + " yang pembuatannya terputus dihapus sebelum dibuat ulang.");
                try (Response r = realm.users().delete(u.getId())) {
                    if (r.getStatus() >= 300 && r.getStatus() != 404) {
                        throw new WebApplicationException("Akun tertunda " + baru.username() + " tidak terhapus", r.getStatus());
                    }
                }
            }
        }
    }

    private String buatTertunda(RealmResource realm, String kodePemda, AkunBaru baru) {
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(baru.username());
        rep.setFirstName(baru.nama());
        rep.setEmail(baru.email());
        rep.setEmailVerified(true);
        rep.setEnabled(false);
        Map<String, List<String>> atribut = new HashMap<>();
        atribut.put(TERTUNDA, List.of(kodePemda));
        if (baru.nip() != null) {
            atribut.put(NIP, List.of(baru.nip()));
        }
        rep.setAttributes(atribut);
        CredentialRepresentation sandi = new CredentialRepresentation();
        sandi.setType(CredentialRepresentation.PASSWORD);
        sandi.setValue(baru.kataSandiSementara());
        sandi.setTemporary(true);
        rep.setCredentials(List.of(sandi));
        rep.setRequiredActions(List.of(UPDATE_PASSWORD));
        try (Response r = realm.users().create(rep)) {
            if (r.getStatus() == 409) {
                throw new ValidasiGagalException(List.of(new GalatIsian("username", baru.username(),
                        "Nama pengguna atau email sudah dipakai pengguna lain.",
                        "The username or e-mail is already used by another user.")));
            }
            if (r.getStatus() != 201) {
                throw new WebApplicationException("Pembuatan akun " + baru.username() + " ditolak Keycloak: "
                        + r.readEntity(String.class), r.getStatus());
            }
            String lokasi = r.getLocation().getPath();
            return lokasi.substring(lokasi.lastIndexOf('/') + 1);
        }
    }

    private static void hapusTertunda(RealmResource realm, String id, RuntimeException sebab) {
        try (Response r = realm.users().delete(id)) {
            LOG.log(Level.WARNING, "Pembuatan akun " + id + " gagal; akun dihapus (" + r.getStatus() + ")", sebab);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pembuatan akun " + id + " gagal dan akun tertunda belum terhapus; akun itu tetap"
                    + " nonaktif di luar pemda mana pun dan diganti pada permintaan berikutnya", e);
        }
    }

    private AkunPengguna akun(RealmResource realm, UserRepresentation u) {
        List<String> peran = realm.users().get(u.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).filter(Peran.SEMUA::contains).toList();
        String nama = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip();
        boolean gantiSandi = u.getRequiredActions() != null && u.getRequiredActions().contains(UPDATE_PASSWORD);
        return new AkunPengguna(u.getId(), u.getUsername(), nama, u.getEmail(), peran, atribut(u, NIP),
                Boolean.TRUE.equals(u.isEnabled()), gantiSandi);
    }

    private static boolean tertunda(UserRepresentation u) {
        return atribut(u, TERTUNDA) != null;
    }

    private static String atribut(UserRepresentation u, String nama) {
        if (u.getAttributes() == null) {
            return null;
        }
        List<String> nilai = u.getAttributes().get(nama);
        return nilai == null || nilai.isEmpty() ? null : nilai.get(0);
    }

    // --- the connection ------------------------------------------------------------------------------------------

    /**
     * Runs {@code kerja} on the realm; Keycloak not answering becomes {@link LayananTidakTersediaException}. A 401
     * (the service account's token lost, e.g. after a Keycloak restart) is retried once with a new client.
     */
    private <T> T panggil(Function<RealmResource, T> kerja) {
        try {
            try {
                return kerja.apply(realm());
            } catch (NotAuthorizedException e) {
                tutup();
                return kerja.apply(realm());
            }
        } catch (ProcessingException | ServerErrorException e) {
            tutup();
            throw tidakTersedia(e);
        } catch (NotFoundException e) {
            throw new TidakDitemukanException("Pengguna tidak ada di pemda Anda.", "The user does not exist in your pemda.");
        } catch (WebApplicationException e) {
            throw new IllegalStateException("Keycloak menolak permintaan admin (" + e.getResponse().getStatus()
                    + "); periksa hak akun layanan " + pengaturan.clientId() + " (docs/keycloak-admin.md)", e);
        }
    }

    /**
     * Why Keycloak did not serve the call, told apart for the one who must act: when its token endpoint refused the
     * service account (a wrong secret or a disabled client: the admin client's token request answers 400/401 inside
     * the request filter, so it arrives wrapped in a {@link ProcessingException}) the platform operator must fix the
     * configuration and waiting does not help; otherwise Keycloak is down or unreachable and the same request can be
     * sent again later. Both are 503 for the caller, with nothing changed.
     */
    private LayananTidakTersediaException tidakTersedia(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotAuthorizedException || t instanceof BadRequestException) {
                LOG.log(Level.SEVERE, "Keycloak menolak akun layanan " + pengaturan.clientId() + " di " + pengaturan.url()
                        + "; periksa rahasia klien (akuntara.keycloak.admin.secret) dan docs/keycloak-admin.md", e);
                return new LayananTidakTersediaException("Layanan akun (Keycloak) menolak akun layanan Akuntara, jadi"
                        + " pengguna belum dapat dikelola; tidak ada perubahan yang disimpan. Hubungi admin platform.",
                        "The account service (Keycloak) refused Akuntara's service account, so users cannot be managed"
                                + " now; nothing was changed. Contact the platform administrator.", e);
            }
        }
        LOG.log(Level.WARNING, "Keycloak tidak menjawab di " + pengaturan.url(), e);
        return new LayananTidakTersediaException("Layanan akun (Keycloak) sedang tidak dapat dihubungi; tidak ada"
                + " perubahan yang disimpan. Coba lagi beberapa saat lagi.",
                "The account service (Keycloak) cannot be reached; nothing was changed. Try again shortly.", e);
    }

    private RealmResource realm() {
        if (klien == null) {
            klien = KeycloakBuilder.builder().serverUrl(pengaturan.url()).realm(pengaturan.realm())
                    .grantType("client_credentials").clientId(pengaturan.clientId())
                    .clientSecret(pengaturan.secret())
                    .resteasyClient(ClientBuilder.newBuilder().connectTimeout(3, TimeUnit.SECONDS)
                            .readTimeout(15, TimeUnit.SECONDS).register(new JsonKeycloak(), 100).build())
                    .build();
        }
        return klien.realm(pengaturan.realm());
    }
}
