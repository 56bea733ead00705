package id.akuntara.reports;

import id.akuntara.core.calc.AngkaFormatter;
import id.akuntara.core.calc.TerbilangFormatter;
import id.akuntara.core.paket.PaketData;
import id.akuntara.core.pengukuran.KinerjaTahunan;
import id.akuntara.core.plugin.KonfigurasiPemda;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * Builds a {@link BahanLaporan} from the read model and the data package's words. The figures are the read
 * model's; from the package come only names, narrative and the PK as signed (its printed targets and amounts).
 */
public final class PenyusunBahan {

    private PenyusunBahan() {
    }

    /**
     * The material of the annual report.
     *
     * @param data        the pemda's data (the same the read model was computed from)
     * @param kinerja     the read model of the year
     * @param konfigurasi the configuration in force: report name, head-of-region title
     * @param namaPemda   the pemda's display name
     */
    public static BahanLaporan susun(PaketData data, KinerjaTahunan kinerja, KonfigurasiPemda konfigurasi,
            String namaPemda) {
        int tahun = kinerja.tahun();
        List<BahanLaporan.Narasi> narasi = daftar(data.narasi()).stream()
                .filter(n -> Objects.equals(n.tahun(), tahun))
                .map(n -> new BahanLaporan.Narasi(n.bagian(), n.judul(), n.isi())).toList();
        return new BahanLaporan(data.pemda(), namaPemda, konfigurasi.namaLaporan().nilai(),
                kepalaDaerah(data, konfigurasi.sebutanKepalaDaerah().kepala()), tahun, kinerja, narasi,
                dokumenPk(data, tahun));
    }

    /** The Perjanjian Kinerja of that year, in the data's order (a revised PK after the one it replaces). */
    public static List<DokumenPk> dokumenPk(PaketData data, int tahun) {
        return daftar(data.perjanjianKinerja()).stream().filter(p -> Objects.equals(p.tahun(), tahun))
                .map(p -> dokumen(data, p)).toList();
    }

    /**
     * A PK target as a secretariat prints it: the number in Indonesian notation ("3,10", not the source's "3.10"),
     * with the words of a label kept ("75 (baik)", "67 (peringkat 4)"); a label without a number as written.
     */
    static String target(java.math.BigDecimal nilai, String label) {
        if (nilai == null) {
            return label;
        }
        java.util.regex.Matcher m = label == null ? null
                : java.util.regex.Pattern.compile("^\\s*([0-9]+)(?:\\.([0-9]+))?").matcher(label);
        java.math.BigDecimal tampil = nilai;
        if (m != null && m.find() && new java.math.BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)))
                .compareTo(nilai) == 0) {
            // the label writes the same number: keep its decimals ("92.50" → "92,50")
            tampil = nilai.setScale(m.group(2) == null ? 0 : m.group(2).length(), java.math.RoundingMode.UNNECESSARY);
            String angka = AngkaFormatter.formatTepat(tampil);
            return label.substring(0, m.start()) + angka + label.substring(m.end());
        }
        String angka = AngkaFormatter.formatTepat(tampil);
        return label == null || label.chars().noneMatch(Character::isLetter) ? angka : angka + " (" + label + ")";
    }

    private static DokumenPk dokumen(PaketData data, PaketData.PerjanjianKinerja p) {
        List<DokumenPk.Baris> baris = daftar(p.baris()).stream().map(b -> new DokumenPk.Baris(
                teks(b.sasaranTeks(), b.sasaran()), teks(b.indikatorTeks(), b.indikator()), b.satuan(),
                target(b.targetNilai(), b.targetLabel()))).toList();
        List<DokumenPk.Program> program = daftar(p.program()).stream().map(x -> new DokumenPk.Program(x.namaProgram(),
                x.jumlah() == null ? null : AngkaFormatter.formatRupiah(x.jumlah()), x.sumberDana())).toList();
        PihakPk kedua = p.pihakKedua() == null ? kepalaSebagaiPihak(data) : pihak(data, p.pihakKedua());
        return new DokumenPk(p.kode(), p.tahun(), p.induk(), p.tempat(), tanggal(p.tanggal()), pihak(data, p.pihakPertama()),
                kedua, baris, program,
                p.totalTertulis() == null ? null : AngkaFormatter.formatRupiah(p.totalTertulis()),
                p.totalTertulis() == null ? null : TerbilangFormatter.rupiah(p.totalTertulis()));
    }

    /** A party from its assignment: the person's name and NIP, the post with the assignment's prefix. */
    static PihakPk pihak(PaketData data, String kodePenugasan) {
        Optional<PaketData.Penugasan> tugas = daftar(data.penugasan()).stream()
                .filter(t -> t.kode().equals(kodePenugasan)).findFirst();
        if (tugas.isEmpty()) {
            return new PihakPk(null, kodePenugasan, null, null);
        }
        PaketData.Penugasan t = tugas.get();
        Optional<PaketData.Pegawai> orang = daftar(data.pegawai()).stream()
                .filter(g -> g.kode().equals(t.pegawai())).findFirst();
        String jabatan = daftar(data.jabatan()).stream().filter(j -> j.kode().equals(t.jabatan()))
                .map(PaketData.Jabatan::nama).findFirst().orElse(t.jabatan());
        return new PihakPk(orang.map(PaketData.Pegawai::nama).orElse(null), awalan(t.jenis()) + jabatan,
                orang.map(PaketData.Pegawai::nip).orElse(null),
                orang.map(g -> g.pangkat() == null ? null
                        : g.pangkat() + (g.golongan() == null ? "" : " (" + g.golongan() + ")")).orElse(null));
    }

    /** "Plt. ", "Pj. ", "Plh. " for an acting assignment (BKN SE 1/SE/I/2021 naming), nothing for a definitive one. */
    static String awalan(String jenis) {
        if (jenis == null) {
            return "";
        }
        return switch (jenis) {
            case "PLT" -> "Plt. ";
            case "PJ" -> "Pj. ";
            case "PLH" -> "Plh. ";
            default -> "";
        };
    }

    /** A PK whose second party the data do not assign: the head of region's post, unnamed. */
    private static PihakPk kepalaSebagaiPihak(PaketData data) {
        return new PihakPk(null, kepalaDaerah(data, null), null, null);
    }

    /** The head of region's post as the data name it, else the plugin's title. */
    static String kepalaDaerah(PaketData data, String sebutan) {
        return daftar(data.jabatan()).stream().filter(j -> "KEPALA_DAERAH".equals(j.jenis()) && j.nama() != null)
                .map(PaketData.Jabatan::nama).filter(n -> !n.strip().toLowerCase().startsWith("wakil"))
                .findFirst().orElse(sebutan);
    }

    private static String teks(String teks, String kode) {
        return teks != null ? teks : kode;
    }

    private static LocalDate tanggal(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
