package id.akuntara.core.paket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.akuntara.core.calc.ModePembulatan;
import id.akuntara.core.calc.PenangananKosong;
import id.akuntara.core.calc.Polaritas;
import id.akuntara.core.domain.anggaran.TingkatAnggaran;
import id.akuntara.core.domain.bersama.PresisiTanggal;
import id.akuntara.core.domain.evaluasi.JenisKeputusan;
import id.akuntara.core.domain.evaluasi.StatusTindakLanjut;
import id.akuntara.core.domain.kepegawaian.DimensiStatistik;
import id.akuntara.core.domain.kepegawaian.JenisKelamin;
import id.akuntara.core.domain.kepegawaian.JenisPenugasan;
import id.akuntara.core.domain.organisasi.JenisJabatan;
import id.akuntara.core.domain.organisasi.JenisPerubahanUnit;
import id.akuntara.core.domain.organisasi.JenisUnit;
import id.akuntara.core.domain.pengukuran.Periode;
import id.akuntara.core.domain.pengukuran.StatusAlur;
import id.akuntara.core.domain.pengukuran.StatusNilai;
import id.akuntara.core.domain.perjanjian.StatusPerjanjian;
import id.akuntara.core.domain.rencana.JenisIndikator;
import id.akuntara.core.domain.rencana.JenisStrategi;
import id.akuntara.core.domain.rencana.SumberTarget;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema (draft 2020-12) of a data package, generated from {@link PaketData} and the domain's
 * vocabularies so that it cannot drift from the code; docs/paket-data.schema.json is its output (a test keeps them
 * equal). The schema states structure, types, required fields, enumerations and formats; the rules across records
 * (references, duplicates, NIP, periods, cycles) are checked by {@link Paket#periksa}.
 */
public final class SkemaPaket {

    private static final Map<String, Class<? extends Enum<?>>> KOSAKATA = Map.ofEntries(
            Map.entry("Unit.jenis", JenisUnit.class), Map.entry("PerubahanUnit.jenis", JenisPerubahanUnit.class),
            Map.entry("Jabatan.jenis", JenisJabatan.class), Map.entry("Pegawai.jenisKelamin", JenisKelamin.class),
            Map.entry("Penugasan.jenis", JenisPenugasan.class), Map.entry("StatistikPegawai.dimensi", DimensiStatistik.class),
            Map.entry("Strategi.jenis", JenisStrategi.class), Map.entry("Indikator.polaritas", Polaritas.class),
            Map.entry("Indikator.jenis", JenisIndikator.class), Map.entry("Target.sumber", SumberTarget.class),
            Map.entry("Pengaturan.sumberTarget", SumberTarget.class), Map.entry("Pengaturan.modePembulatan", ModePembulatan.class),
            Map.entry("Pengaturan.penangananKosong", PenangananKosong.class), Map.entry("PosAnggaran.tingkat", TingkatAnggaran.class),
            Map.entry("PerjanjianKinerja.presisiTanggal", PresisiTanggal.class),
            Map.entry("PerjanjianKinerja.status", StatusPerjanjian.class), Map.entry("Realisasi.periode", Periode.class),
            Map.entry("Realisasi.statusNilai", StatusNilai.class), Map.entry("Realisasi.statusAlur", StatusAlur.class),
            Map.entry("Rekomendasi.status", StatusTindakLanjut.class), Map.entry("Keputusan.jenis", JenisKeputusan.class));

    private static final Set<String> TANGGAL = Set.of("berlakuMulai", "berlakuSampai", "tanggal", "mulai", "selesai",
            "perTanggal", "ditetapkan", "tanggalLhe");
    private static final Set<String> WAKTU = Set.of("ditandatanganiPada", "diunggahPada");
    private static final Set<String> TIDAK_NEGATIF = Set.of("PosAnggaran.paguMurni", "PosAnggaran.paguPerubahan",
            "PosAnggaran.realisasi", "ProgramPk.jumlah", "PerjanjianKinerja.totalTertulis", "Komponen.bobot", "Komponen.nilai",
            "Anggota.bobot", "StatistikPegawai.jumlah", "Evaluasi.nilaiTertulis");

    private static final Map<String, Set<String>> WAJIB = Map.ofEntries(
            Map.entry("PaketData", Set.of("format", "versi", "pemda")), Map.entry("Pengaturan", Set.of("plugin")),
            Map.entry("Kerangka", Set.of("bab")), Map.entry("BabKerangka", Set.of("nomor", "kode", "judul")),
            Map.entry("BagianKerangka", Set.of("kode", "judul")),
            Map.entry("Skala", Set.of("nama")), Map.entry("Pita", Set.of("label")),
            Map.entry("Unit", Set.of("kode", "nama", "jenis", "berlakuMulai")),
            Map.entry("PerubahanUnit", Set.of("asal", "jenis", "tanggal")),
            Map.entry("Jabatan", Set.of("kode", "nama", "jenis")), Map.entry("Pegawai", Set.of("kode", "nama")),
            Map.entry("Penugasan", Set.of("kode", "pegawai", "jabatan", "jenis", "mulai")),
            Map.entry("StatistikPegawai", Set.of("kelompok", "perTanggal", "dimensi", "kategori", "jumlah")),
            Map.entry("Rpjmd", Set.of("kode", "nama", "tahunMulai", "tahunSelesai")), Map.entry("Misi", Set.of("nomor", "teks")),
            Map.entry("Renstra", Set.of("kode", "nama", "tahunMulai", "tahunSelesai")),
            Map.entry("Tujuan", Set.of("kode", "teks")), Map.entry("Sasaran", Set.of("kode", "teks", "tujuan")),
            Map.entry("Strategi", Set.of("renstra", "jenis", "teks")),
            Map.entry("Indikator", Set.of("kode", "nama", "polaritas", "jenis")),
            Map.entry("Iku", Set.of("kode", "nama", "tahunMulai", "tahunSelesai")),
            Map.entry("Target", Set.of("indikator", "tahun", "sumber")),
            Map.entry("PosAnggaran", Set.of("kode", "tahun", "tingkat", "nama", "paguMurni")),
            Map.entry("PerjanjianKinerja", Set.of("kode", "tahun", "pihakPertama", "status")),
            Map.entry("BarisPk", Set.of("sasaranTeks", "indikatorTeks")), Map.entry("ProgramPk", Set.of("namaProgram", "jumlah")),
            Map.entry("RencanaAksi", Set.of("indikator", "tahun", "triwulan")),
            Map.entry("Realisasi", Set.of("indikator", "tahun", "periode", "statusNilai", "statusAlur")),
            Map.entry("Bukti", Set.of("namaBerkas", "jenisKonten", "diunggahPada", "isiBase64")),
            Map.entry("Evaluasi", Set.of("tahun", "evaluator")), Map.entry("Komponen", Set.of("nama", "bobot", "nilai")),
            Map.entry("Rekomendasi", Set.of("teks", "status")), Map.entry("Keputusan", Set.of("tahun", "jenis", "uraian")),
            Map.entry("Narasi", Set.of("tahun", "bagian")));

    private SkemaPaket() {
    }

    /** The schema as canonical JSON text. */
    public static String json() {
        ObjectNode akar = Paket.JSON.createObjectNode();
        akar.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        akar.put("$id", "https://akuntara.id/skema/paket-data-v" + PaketData.VERSI + ".json");
        akar.put("title", "Paket data Akuntara");
        akar.put("description", "Seluruh data satu pemda: organisasi, pegawai dan penugasan, rencana, target, perjanjian kinerja,"
                + " realisasi, anggaran, evaluasi, narasi. Lihat docs/data-package.md.");
        ObjectNode defs = Paket.JSON.createObjectNode();
        objek(PaketData.class, akar, defs);
        ((ObjectNode) akar.get("properties")).putObject("format").put("const", PaketData.FORMAT);
        ((ObjectNode) akar.get("properties")).putObject("versi").put("const", PaketData.VERSI);
        akar.set("$defs", defs);
        try {
            return Paket.JSON.writeValueAsString(akar) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void objek(Class<?> rekaman, ObjectNode sasaran, ObjectNode defs) {
        sasaran.put("type", "object");
        ObjectNode props = sasaran.putObject("properties");
        for (RecordComponent k : rekaman.getRecordComponents()) {
            props.set(k.getName(), tipe(k.getGenericType(), rekaman.getSimpleName() + "." + k.getName(), k.getName(), defs));
        }
        ArrayNode wajib = sasaran.putArray("required");
        Arrays.stream(rekaman.getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> WAJIB.getOrDefault(rekaman.getSimpleName(), Set.of()).contains(n)).forEach(wajib::add);
        sasaran.put("additionalProperties", false);
    }

    private static ObjectNode tipe(Type jenis, String kunci, String nama, ObjectNode defs) {
        ObjectNode t = Paket.JSON.createObjectNode();
        if (jenis == String.class) {
            t.put("type", "string");
            Class<? extends Enum<?>> kosakata = KOSAKATA.get(kunci);
            if (kosakata != null) {
                ArrayNode e = t.putArray("enum");
                Arrays.stream(kosakata.getEnumConstants()).map(Enum::name).forEach(e::add);
            } else if (TANGGAL.contains(nama)) {
                t.put("format", "date");
            } else if (WAKTU.contains(nama)) {
                t.put("format", "date-time");
            }
        } else if (jenis == Integer.class) {
            t.put("type", "integer");
        } else if (jenis == BigDecimal.class) {
            t.put("type", "number");
            if (TIDAK_NEGATIF.contains(kunci)) {
                t.put("minimum", 0);
            }
        } else if (jenis == Boolean.class) {
            t.put("type", "boolean");
        } else if (jenis instanceof ParameterizedType daftar) {
            t.put("type", "array");
            t.set("items", tipe(daftar.getActualTypeArguments()[0], kunci, nama, defs));
        } else if (jenis instanceof Class<?> rekaman && rekaman.isRecord()) {
            if (!defs.has(rekaman.getSimpleName())) {
                ObjectNode def = defs.putObject(rekaman.getSimpleName());
                objek(rekaman, def, defs);
            }
            t.put("$ref", "#/$defs/" + rekaman.getSimpleName());
        }
        return t;
    }
}
