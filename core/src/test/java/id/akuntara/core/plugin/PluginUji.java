package id.akuntara.core.plugin;

import id.akuntara.spi.BundelTerminologi;
import id.akuntara.spi.DefinisiSkala;
import id.akuntara.spi.JenjangStruktur;
import id.akuntara.spi.KebijakanPerhitungan;
import id.akuntara.spi.KerangkaLaporan;
import id.akuntara.spi.SebutanKepalaDaerah;
import id.akuntara.spi.TemplatStruktur;
import id.akuntara.spi.TenantPlugin;
import id.akuntara.spi.TingkatPemerintahan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** A configurable plugin for the registry tests; the nested classes are what a services file can name. */
public class PluginUji implements TenantPlugin {

    private final String id;
    private final TingkatPemerintahan tingkat;
    private int prioritas;
    private List<DefinisiSkala> skala = List.of(DefinisiSkala.nilaiSakip());
    private String bundel = "id.akuntara.core.plugin.uji.istilah";
    private List<String> paket = List.of();
    private boolean bawaan = true;
    private String namaLaporan = "LKjIP";
    private KebijakanPerhitungan kebijakan = KebijakanPerhitungan.STANDAR;
    private boolean rusak;

    public PluginUji(String id, TingkatPemerintahan tingkat) {
        this.id = id;
        this.tingkat = tingkat;
    }

    public static class Kota extends PluginUji {
        public Kota() {
            super("kota", TingkatPemerintahan.KOTA);
        }
    }

    public static class Kabupaten extends PluginUji {
        public Kabupaten() {
            super("kabupaten", TingkatPemerintahan.KABUPATEN);
        }
    }

    public static class Provinsi extends PluginUji {
        public Provinsi() {
            super("provinsi", TingkatPemerintahan.PROVINSI);
        }
    }

    PluginUji prioritas(int p) {
        this.prioritas = p;
        return this;
    }

    PluginUji skala(DefinisiSkala... s) {
        this.skala = List.of(s);
        return this;
    }

    PluginUji bundel(String nama) {
        this.bundel = nama;
        return this;
    }

    PluginUji paket(String... sumber) {
        this.paket = List.of(sumber);
        return this;
    }

    PluginUji namaLaporan(String nama) {
        this.namaLaporan = nama;
        return this;
    }

    PluginUji kebijakan(KebijakanPerhitungan k) {
        this.kebijakan = k;
        return this;
    }

    /** No defaults of its own: every setting falls to the core layer. */
    PluginUji tanpaBawaan() {
        this.bawaan = false;
        this.skala = List.of();
        return this;
    }

    /** Its report outline throws. */
    PluginUji rusak() {
        this.rusak = true;
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String versi() {
        return "9.9.9";
    }

    @Override
    public TingkatPemerintahan tingkat() {
        return tingkat;
    }

    @Override
    public int prioritas() {
        return prioritas;
    }

    @Override
    public SebutanKepalaDaerah sebutanKepalaDaerah() {
        return SebutanKepalaDaerah.denganWakil("Walikota");
    }

    @Override
    public TemplatStruktur templatStruktur() {
        return new TemplatStruktur(List.of(new JenjangStruktur("sekda", "Sekretariat Daerah", "Sekretaris Daerah"),
                new JenjangStruktur("asisten", "Asisten", "Asisten"),
                new JenjangStruktur("bagian", "Bagian", "Kepala Bagian")), List.of());
    }

    @Override
    public ResourceBundle terminologi(Locale bahasa) {
        return BundelTerminologi.muat(PluginUji.class, bundel, bahasa);
    }

    @Override
    public Optional<String> namaLaporan() {
        return bawaan ? Optional.of(namaLaporan) : Optional.empty();
    }

    @Override
    public Optional<KerangkaLaporan> kerangkaLaporan() {
        if (rusak) {
            throw new IllegalStateException("kerangka rusak");
        }
        return bawaan ? Optional.of(KerangkaLaporan.permenpanRb53Tahun2014()) : Optional.empty();
    }

    @Override
    public Optional<KebijakanPerhitungan> kebijakanPerhitungan() {
        return bawaan ? Optional.of(kebijakan) : Optional.empty();
    }

    @Override
    public List<DefinisiSkala> skalaPredikat() {
        return skala;
    }

    @Override
    public List<String> paketData() {
        return paket;
    }
}
