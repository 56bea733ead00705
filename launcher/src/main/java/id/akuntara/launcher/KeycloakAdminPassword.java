package id.akuntara.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of Keycloak's bootstrap admin: generated (SecureRandom) on the first start, kept in
 * the data directory in a file only its owner can read and write, and reused on every later start.
 *
 * @param password  the password
 * @param generated whether this start generated it (the banner then shows it, once)
 */
public record KeycloakAdminPassword(String password, boolean generated) {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reads the password from {@code file}, or generates it and writes the file (rw-------). */
    public static KeycloakAdminPassword obtain(Path file) {
        try {
            if (Files.exists(file)) {
                return new KeycloakAdminPassword(read(file), false);
            }
            Files.createDirectories(file.getParent());
            String password = generate();
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException e) {
                return new KeycloakAdminPassword(read(file), false);
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY); // the umask may have taken some away, never added
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return new KeycloakAdminPassword(password, true);
        } catch (IOException | UnsupportedOperationException e) {
            throw new LauncherException("Kata sandi admin Keycloak tidak dapat disimpan di " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** The stored password (tests use it for the admin API); an existing file is made owner-only again. */
    public static String read(Path file) {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new LauncherException("Berkas kata sandi admin Keycloak kosong: " + file
                        + ". Hapus berkas itu bersama data/postgres untuk mulai baru.");
            }
            return password;
        } catch (IOException e) {
            throw new LauncherException("Kata sandi admin Keycloak tidak terbaca dari " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** 24 URL-safe characters from 18 random bytes (144 bits). */
    static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "KeycloakAdminPassword[generated=" + generated + "]";
    }
}
