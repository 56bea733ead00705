package id.akuntara.web.faces;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every label of the pages exists in Bahasa Indonesia and in English, and none is left empty. */
class LabelTest {

    @Test
    void keduaBahasaPunyaKunciYangSama() throws IOException {
        Properties id = baca("label.properties");
        Properties en = baca("label_en.properties");
        assertEquals(new TreeSet<>(id.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : new Properties[] {id, en}) {
            Set<String> kosong = new TreeSet<>();
            p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).forEach(kosong::add);
            assertEquals(Set.of(), kosong);
        }
        assertNotEquals(id.getProperty("tata.letak.keluar"), en.getProperty("tata.letak.keluar"));
    }

    /** On a server whose default locale is English, Bahasa Indonesia must still find the Indonesian labels. */
    @Test
    void bahasaIndonesiaTidakJatuhKeBahasaServer() {
        java.util.Locale semula = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            assertEquals("Keluar", java.util.ResourceBundle.getBundle("id.akuntara.web.faces.label",
                    BahasaBean.INDONESIA).getString("tata.letak.keluar"));
        } finally {
            java.util.Locale.setDefault(semula);
        }
    }

    private static Properties baca(String nama) throws IOException {
        try (InputStream in = LabelTest.class.getResourceAsStream(nama)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
