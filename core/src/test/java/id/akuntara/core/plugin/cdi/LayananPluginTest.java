package id.akuntara.core.plugin.cdi;

import id.akuntara.core.domain.pemda.Tingkat;
import id.akuntara.spi.TingkatPemerintahan;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LayananPluginTest {

    /** A pemda's level (core's enum, stored in the pemda table) maps by name onto the contract's level. */
    @Test
    void setiapTingkatPemdaPunyaPadananDiKontrak() {
        assertEquals(Arrays.stream(Tingkat.values()).map(Enum::name).toList(),
                Arrays.stream(TingkatPemerintahan.values()).map(Enum::name).toList());
    }
}
