package id.akuntara.core.arsitektur;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Java package of the main code of every module has a {@code package-info.java} saying what it holds and who
 * may use it. A file-system test over the sibling modules (Maven runs it in {@code core/}), because ArchUnit sees one
 * module's classpath only.
 */
class PackageInfoTest {

    /** Packages allowed without a package-info for now, each with its reason. */
    static final Map<String, String> PENGECUALIAN = Map.of();

    @Test
    void setiapPaketUtamaPunyaPackageInfo() throws IOException {
        Path akar = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isRegularFile(akar.resolve("pom.xml")) && Files.isDirectory(akar.resolve("core")),
                "akar proyek tidak ditemukan dari " + Path.of("").toAbsolutePath());
        List<String> tanpa;
        try (Stream<Path> modul = Files.list(akar)) {
            tanpa = modul.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(PackageInfoTest::paket)
                    .filter(p -> !Files.exists(p.resolve("package-info.java")))
                    .map(p -> akar.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !PENGECUALIAN.containsKey(p))
                    .sorted().toList();
        }
        assertEquals(List.of(), tanpa, "paket tanpa package-info.java");
    }

    /** The directories under a source root that hold at least one Java file. */
    private static Stream<Path> paket(Path sumber) {
        try (Stream<Path> semua = Files.walk(sumber)) {
            return semua.filter(Files::isDirectory).filter(PackageInfoTest::adaJava).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean adaJava(Path dir) {
        try (Stream<Path> isi = Files.list(dir)) {
            return isi.anyMatch(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
