package id.akuntara.core.application.rencana;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The tree of a Renstra as a document (stored as JSON in {@code renstra.naskah}): a draft's working copy, or the
 * frozen tree of a replaced version. Only the Renstra's own targets are in it (sources RENSTRA and IKU); the other
 * sources (RPJMD, PK, PK Perubahan) belong to other documents and are read live by indicator code. Mutable: the
 * draft use cases edit it in place and store it again.
 */
final class Naskah {

    /** The sources a Renstra owns: its own targets and those of the IKU that accompanies it. */
    static final List<String> SUMBER_MILIK = List.of("RENSTRA", "IKU");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public List<NTujuan> tujuan = new ArrayList<>();

    static final class NTujuan {
        public String kode;
        public String teks;
        public Integer misi;
        public List<NIndikator> indikator = new ArrayList<>();
        public List<NSasaran> sasaran = new ArrayList<>();
    }

    static final class NSasaran {
        public String kode;
        public String teks;
        public List<NIndikator> indikator = new ArrayList<>();
    }

    static final class NIndikator {
        public String kode;
        public String nama;
        public String satuan;
        public String formula;
        public String polaritas;
        public String jenis;
        public int desimal;
        public String unitPenanggungJawab;
        public NKondisiAwal kondisiAwal;
        public String sumberData;
        public List<NAnggota> anggota = new ArrayList<>();
        public List<NTarget> target = new ArrayList<>();

        Optional<NTarget> target(int tahun, String sumber) {
            return target.stream().filter(t -> t.tahun == tahun && t.sumber.equals(sumber)).findFirst();
        }
    }

    static final class NKondisiAwal {
        public Integer tahun;
        public BigDecimal nilai;
        public String label;
    }

    static final class NAnggota {
        public String indikator;
        public String unit;
        public BigDecimal bobot;
    }

    static final class NTarget {
        public int tahun;
        public String sumber;
        public BigDecimal nilai;
        public BigDecimal nilaiAtas;
        public String label;
        public String satuan;
    }

    /** Where an indicator hangs: its goal, or its objective and the objective's goal. */
    record Letak(NTujuan tujuan, NSasaran sasaran, NIndikator indikator) {
        List<NIndikator> daftar() {
            return sasaran != null ? sasaran.indikator : tujuan.indikator;
        }
    }

    Optional<NTujuan> tujuan(String kode) {
        return tujuan.stream().filter(t -> t.kode.equals(kode)).findFirst();
    }

    Optional<NSasaran> sasaran(String kode) {
        return tujuan.stream().flatMap(t -> t.sasaran.stream()).filter(s -> s.kode.equals(kode)).findFirst();
    }

    Optional<NTujuan> tujuanDari(NSasaran sasaran) {
        return tujuan.stream().filter(t -> t.sasaran.contains(sasaran)).findFirst();
    }

    Optional<Letak> indikator(String kode) {
        for (NTujuan t : tujuan) {
            for (NIndikator i : t.indikator) {
                if (i.kode.equals(kode)) {
                    return Optional.of(new Letak(t, null, i));
                }
            }
            for (NSasaran s : t.sasaran) {
                for (NIndikator i : s.indikator) {
                    if (i.kode.equals(kode)) {
                        return Optional.of(new Letak(t, s, i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every indicator, goal-level ones of a goal before its objectives' ones. */
    List<NIndikator> semuaIndikator() {
        return tujuan.stream().flatMap(t -> Stream.concat(t.indikator.stream(), t.sasaran.stream().flatMap(s -> s.indikator.stream())))
                .toList();
    }

    /** Whether a goal, objective or indicator of this tree already has the code. */
    boolean memakaiKode(String kode) {
        return tujuan(kode).isPresent() || sasaran(kode).isPresent() || indikator(kode).isPresent();
    }

    String tulis() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("naskah Renstra tidak dapat ditulis sebagai JSON", e);
        }
    }

    static Naskah baca(String json) {
        try {
            return JSON.readValue(json, Naskah.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("naskah Renstra tersimpan tidak terbaca: " + e.getOriginalMessage(), e);
        }
    }
}
