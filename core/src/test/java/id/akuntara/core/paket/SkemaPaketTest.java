package id.akuntara.core.paket;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/paket-data.schema.json is the schema generated from the package model. */
class SkemaPaketTest {

    @Test
    void skemaDiDokumentasiSamaDenganModel() throws IOException {
        Path dok = Path.of("..", "docs", "paket-data.schema.json");
        String skema = SkemaPaket.json();
        if (!Files.exists(dok) || !Files.readString(dok, StandardCharsets.UTF_8).equals(skema)) {
            Files.createDirectories(Path.of("target", "paket-uji"));
            Files.writeString(Path.of("target", "paket-uji", "paket-data.schema.json"), skema, StandardCharsets.UTF_8);
        }
        assertEquals(skema, Files.readString(dok, StandardCharsets.UTF_8),
                "perbarui docs/paket-data.schema.json dari core/target/paket-uji/paket-data.schema.json");
    }
}
