package id.akuntara.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keycloak's bootstrap admin password: random on the first start, owner-only, then reused. */
class KeycloakAdminPasswordTest {

    @Test
    void dibuatSekaliLaluDipakaiLagi(@TempDir Path data) throws Exception {
        Path file = data.resolve("keycloak-admin-password");

        KeycloakAdminPassword first = KeycloakAdminPassword.obtain(file);
        assertTrue(first.generated());
        assertTrue(first.password().length() >= 20, first.password());
        assertNotEquals("admin", first.password());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first.password(), Files.readString(file).strip());

        KeycloakAdminPassword again = KeycloakAdminPassword.obtain(file);
        assertFalse(again.generated());
        assertEquals(first.password(), again.password());
        assertEquals(first.password(), KeycloakAdminPassword.read(file));
    }

    @Test
    void setiapDirektoriDataMendapatKataSandiSendiri(@TempDir Path data) {
        String a = KeycloakAdminPassword.obtain(data.resolve("a/keycloak-admin-password")).password();
        String b = KeycloakAdminPassword.obtain(data.resolve("b/keycloak-admin-password")).password();
        assertNotEquals(a, b);
    }

    @Test
    void berkasYangTerbukaDitutupLagi(@TempDir Path data) throws Exception {
        Path file = data.resolve("keycloak-admin-password");
        Files.writeString(file, "rahasia\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertEquals("rahasia", KeycloakAdminPassword.obtain(file).password());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void kataSandiTidakMasukKeToString() {
        assertFalse(new KeycloakAdminPassword("rahasia", true).toString().contains("rahasia"));
    }
}
