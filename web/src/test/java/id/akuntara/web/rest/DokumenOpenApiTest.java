package id.akuntara.web.rest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document the build generated (served by {@link OpenApiResource}) lists every REST method, and the
 * roles it names ({@code x-peran}, {@code x-publik}) are exactly the method's {@code @RolesAllowed}/{@code @PermitAll}.
 */
class DokumenOpenApiTest {

    @Test
    void setiapMetodeRestAdaDenganPerannya() throws Exception {
        JsonObject paths;
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.BERKAS)) {
            assertNotNull(in, "dokumen OpenAPI tidak dibuat oleh build (smallrye-open-api-maven-plugin)");
            paths = Json.createReader(in).readObject().getJsonObject("paths");
        }
        List<String> diperiksa = new ArrayList<>();
        for (JavaClass kelas : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.akuntara.web.rest")) {
            Class<?> c = kelas.reflect();
            if (!c.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                String http = metodeHttp(m);
                if (http == null) {
                    continue;
                }
                String alamat = "/v1/" + tanpaRegex(c.getAnnotation(Path.class).value())
                        + (m.isAnnotationPresent(Path.class) ? "/" + tanpaRegex(m.getAnnotation(Path.class).value()) : "");
                alamat = alamat.replaceAll("/+", "/").replaceAll("/$", "");
                String nama = http + " " + alamat;
                assertTrue(paths.containsKey(alamat) && paths.getJsonObject(alamat).containsKey(http.toLowerCase()),
                        nama + " tidak ada di dokumen OpenAPI");
                JsonObject operasi = paths.getJsonObject(alamat).getJsonObject(http.toLowerCase());
                Set<String> peran = new TreeSet<>();
                operasi.getJsonArray("x-peran").forEach(v -> peran.add(((JsonString) v).getString()));
                RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
                assertEquals(roles == null ? Set.of() : new TreeSet<>(List.of(roles.value())), peran, nama + ": x-peran");
                assertEquals(m.isAnnotationPresent(PermitAll.class), operasi.get("x-publik") == JsonValue.TRUE,
                        nama + ": x-publik");
                diperiksa.add(nama);
            }
        }
        long jumlahOperasi = paths.values().stream().mapToLong(p -> p.asJsonObject().keySet().stream()
                .filter(k -> !k.equals("parameters")).count()).sum();
        assertEquals(jumlahOperasi, diperiksa.size(), "operasi di dokumen tanpa metode REST: " + diperiksa);
        assertTrue(diperiksa.contains("POST /v1/kinerja/{tahun}/penetapan"), diperiksa.toString());
    }

    private static String metodeHttp(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    /** {@code kinerja/{tahun: [0-9]{4}}} → {@code kinerja/{tahun}}. */
    static String tanpaRegex(String path) {
        StringBuilder hasil = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char ch = path.charAt(i);
            if (ch != '{') {
                hasil.append(ch);
                i++;
                continue;
            }
            int kedalaman = 0;
            int j = i;
            for (; j < path.length(); j++) {
                if (path.charAt(j) == '{') {
                    kedalaman++;
                } else if (path.charAt(j) == '}' && --kedalaman == 0) {
                    break;
                }
            }
            String isi = path.substring(i + 1, j);
            hasil.append('{').append(isi.contains(":") ? isi.substring(0, isi.indexOf(':')).trim() : isi.trim()).append('}');
            i = j + 1;
        }
        return hasil.toString();
    }
}
