package id.akuntara.web.laporan;

import id.akuntara.core.akses.Akses;
import id.akuntara.core.akses.Peran;
import id.akuntara.core.application.PaketDataService;
import id.akuntara.core.application.PengukuranService;
import id.akuntara.core.application.ProfilPenggunaService;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.pengukuran.LayananPengukuran;
import id.akuntara.core.plugin.KonfigurasiPemda;
import id.akuntara.core.plugin.cdi.LayananPlugin;
import id.akuntara.core.tenancy.PenggunaSaatIni;
import id.akuntara.core.tenancy.TenantContext;
import id.akuntara.reports.BahanLaporan;
import id.akuntara.reports.DokumenPk;
import id.akuntara.reports.FormatLaporan;
import id.akuntara.reports.LayananLaporan;
import id.akuntara.reports.PenyusunBahan;
import id.akuntara.spi.TenantPlugin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The reports of the caller's own pemda (the verified token's, never one named in the request), for the REST API and
 * the start page's download button: the annual report and the Perjanjian Kinerja documents of a year, rendered by
 * {@code reports} from the read model of the one measurement path ({@link PengukuranService#kinerja}: the year's
 * snapshot when it is fixed, else computed now from the stored data) and the stored pemda configuration (report name,
 * outline), with the pemda's words (narrative, organisation, PK) from its stored data. Roles: the four pemda roles.
 * The file is rendered whole before it is returned, so a failure never leaves half a file.
 */
@RequestScoped
public class LaporanPemdaService {

    @Inject
    PengukuranService pengukuran;

    @Inject
    PaketDataService paket;

    @Inject
    ProfilPenggunaService profil;

    @Inject
    LayananPlugin plugin;

    @Inject
    TenantContext tenant;

    @Inject
    PenggunaSaatIni pengguna;

    @Inject
    MesinLaporan mesin;

    /** A rendered file: its bytes, media type and a file name ("LAKIP-2021-kota-pangkalpinang.pdf"). */
    public record BerkasLaporan(byte[] isi, String jenisMedia, String namaBerkas) {
    }

    /** The annual report of the year; {@code TahunTidakAdaException} (404) when the data hold nothing for it. */
    public BerkasLaporan laporanTahunan(int tahun, FormatLaporan format, Locale bahasa) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN);
        String kode = tenant.kodePemda();
        KinerjaTahunan kinerja = pengukuran.kinerja(tahun);
        PaketData data = paket.data();
        KonfigurasiPemda konfigurasi = plugin.konfigurasiUntuk(kode);
        TenantPlugin tp = plugin.pluginUntuk(kode);
        // the trend of BAB III: each year of the plan from the one measurement path (its snapshot once fixed)
        BahanLaporan bahan = PenyusunBahan.susun(data, kinerja, konfigurasi, profil.pemdaSaya().nama(),
                LayananPengukuran.tahunTersedia(data), pengukuran::kinerja);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mesin.layanan().laporanTahunan(bahan, tp, format, bahasa, out);
        return new BerkasLaporan(out.toByteArray(), format.jenisMedia(),
                nama(bahan.namaLaporan(), tahun, kode, bahasa, format));
    }

    /**
     * The Perjanjian Kinerja documents of the year in one file, or only the one with that code; 404 when the year has
     * none or no PK of the pemda has that code (another pemda's PK is simply not there).
     */
    public BerkasLaporan perjanjianKinerja(int tahun, String kodePk, FormatLaporan format, Locale bahasa) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN);
        String kode = tenant.kodePemda();
        PaketData data = paket.data();
        List<DokumenPk> pk = PenyusunBahan.dokumenPk(data, tahun);
        if (kodePk != null) {
            pk = pk.stream().filter(d -> d.kode().equals(kodePk)).toList();
            if (pk.isEmpty()) {
                throw new TidakDitemukanException("Tidak ada Perjanjian Kinerja " + kodePk + " tahun " + tahun + ".",
                        "There is no Performance Agreement " + kodePk + " of " + tahun + ".");
            }
        } else if (pk.isEmpty()) {
            throw new TidakDitemukanException("Data pemda tidak memuat Perjanjian Kinerja tahun " + tahun + ".",
                    "The pemda's data hold no Performance Agreement of " + tahun + ".");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mesin.layanan().perjanjianKinerja(kode, profil.pemdaSaya().nama(), PenyusunBahan.logo(data), pk, plugin.pluginUntuk(kode), format, bahasa, out);
        return new BerkasLaporan(out.toByteArray(), format.jenisMedia(),
                nama(kodePk != null ? kodePk : "PK", tahun, kode, bahasa, format));
    }

    /** 404 unless the pemda has a PK of that code in that year (checked before the request's format). */
    public void pastikanPk(int tahun, String kodePk) {
        Akses.wajib(pengguna, Peran.ADMIN_PEMDA, Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN);
        if (PenyusunBahan.dokumenPk(paket.data(), tahun).stream().noneMatch(d -> d.kode().equals(kodePk))) {
            throw new TidakDitemukanException("Tidak ada Perjanjian Kinerja " + kodePk + " tahun " + tahun + ".",
                    "There is no Performance Agreement " + kodePk + " of " + tahun + ".");
        }
    }

    /** The report's name in force for the pemda (LAKIP, LKIP, LKjIP), for the download button. */
    public String namaLaporan() {
        return plugin.konfigurasiUntuk(tenant.kodePemda()).namaLaporan().nilai();
    }

    /** The years with a recorded realisasi, newest first: the years whose report has figures to show. */
    public List<Integer> tahunLaporan() {
        List<Integer> tahun = new java.util.ArrayList<>(pengukuran.tahunBerealisasi());
        java.util.Collections.reverse(tahun);
        return tahun;
    }

    /** "LAKIP-2021-kota-pangkalpinang.pdf", "-en" before the extension for the English edition; safe characters only. */
    static String nama(String apa, int tahun, String kodePemda, Locale bahasa, FormatLaporan format) {
        String n = apa + "-" + tahun + "-" + kodePemda + ("en".equals(bahasa.getLanguage()) ? "-en" : "");
        return n.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.ekstensi();
    }
}
