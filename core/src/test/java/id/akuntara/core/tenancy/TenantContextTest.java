package id.akuntara.core.tenancy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tenant is the one organization of the verified user; none or several is refused, never guessed. */
class TenantContextTest {

    private static PenggunaTerverifikasi pengguna(String... organisasi) {
        return new PenggunaTerverifikasi("uji", "Uji", "uji@contoh.id", List.of(organisasi), Set.of("operator"));
    }

    @Test
    void satuOrganisasiMenjadiTenant() {
        assertEquals("kab-klungkung", TenantContext.kodePemdaDari(pengguna("kab-klungkung")));
    }

    @Test
    void tanpaOrganisasiDitolak() {
        TenantTidakSahException e = assertThrows(TenantTidakSahException.class,
                () -> TenantContext.kodePemdaDari(pengguna()));
        assertTrue(e.getMessage().contains("tidak terdaftar pada pemda mana pun"), e.getMessage());
    }

    @Test
    void duaOrganisasiDitolak() {
        TenantTidakSahException e = assertThrows(TenantTidakSahException.class,
                () -> TenantContext.kodePemdaDari(pengguna("kab-klungkung", "prov-kaltim")));
        assertTrue(e.getMessage().contains("lebih dari satu pemda"), e.getMessage());
    }

    @Test
    void penggunaSaatIniKosongDitolak() {
        assertThrows(TenantTidakSahException.class, () -> new PenggunaSaatIni().get());
    }

    @Test
    void penggunaSaatIniHanyaDitetapkanSekali() {
        PenggunaSaatIni saatIni = new PenggunaSaatIni();
        saatIni.tetapkan(pengguna("kab-klungkung"));
        assertThrows(IllegalStateException.class, () -> saatIni.tetapkan(pengguna("prov-kaltim")));
        assertEquals("kab-klungkung", saatIni.get().organisasi().get(0));
    }
}
