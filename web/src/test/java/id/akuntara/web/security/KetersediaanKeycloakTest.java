package id.akuntara.web.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The probe's answer is kept for a while, then asked again: an outage and the recovery are both seen. */
class KetersediaanKeycloakTest {

    @Test
    void jawabanDisimpanLaluDiperiksaLagi() {
        AtomicBoolean hidup = new AtomicBoolean(true);
        AtomicInteger probe = new AtomicInteger();
        KetersediaanKeycloak k = new KetersediaanKeycloak(() -> {
            probe.incrementAndGet();
            return hidup.get();
        }, 1000);
        assertTrue(k.cek(0));
        hidup.set(false);
        assertTrue(k.cek(999));
        assertEquals(1, probe.get());
        assertFalse(k.cek(1000));
        hidup.set(true);
        assertFalse(k.cek(1500));
        assertTrue(k.cek(2000));
        assertEquals(3, probe.get());
    }
}
