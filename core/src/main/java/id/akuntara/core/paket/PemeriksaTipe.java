package id.akuntara.core.paket;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a package: every value has the JSON type its field in {@link PaketData} declares, and no
 * unknown field is present (a typo would otherwise silently drop data). Derived from the record types, so the
 * check and the model cannot drift apart.
 */
final class PemeriksaTipe {

    private PemeriksaTipe() {
    }

    static List<GalatPaket> periksa(JsonNode akar, Class<?> jenis) {
        List<GalatPaket> galat = new ArrayList<>();
        periksa(akar, jenis, "$", galat);
        return galat;
    }

    private static void periksa(JsonNode node, Type jenis, String jalur, List<GalatPaket> galat) {
        if (node.isNull()) {
            return;
        }
        if (jenis == String.class) {
            harus(node.isTextual(), jalur, "harus berupa teks", node, galat);
        } else if (jenis == Integer.class) {
            harus(node.isIntegralNumber() && node.canConvertToInt(), jalur, "harus berupa bilangan bulat", node, galat);
        } else if (jenis == BigDecimal.class) {
            harus(node.isNumber(), jalur, "harus berupa angka (desimal dengan titik, tanpa pemisah ribuan)", node, galat);
        } else if (jenis == Boolean.class) {
            harus(node.isBoolean(), jalur, "harus berupa true atau false", node, galat);
        } else if (jenis instanceof ParameterizedType daftar) {
            if (!node.isArray()) {
                galat.add(new GalatPaket(jalur, "harus berupa daftar (array), bukan " + jenisJson(node)));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    galat.add(new GalatPaket(jalur + "[" + i + "]", "elemen daftar tidak boleh null"));
                } else {
                    periksa(node.get(i), daftar.getActualTypeArguments()[0], jalur + "[" + i + "]", galat);
                }
            }
        } else if (jenis instanceof Class<?> rekaman && rekaman.isRecord()) {
            periksaObjek(node, rekaman, jalur, galat);
        }
    }

    private static void periksaObjek(JsonNode node, Class<?> rekaman, String jalur, List<GalatPaket> galat) {
        if (!node.isObject()) {
            galat.add(new GalatPaket(jalur, "harus berupa objek, bukan " + jenisJson(node)));
            return;
        }
        RecordComponent[] komponen = rekaman.getRecordComponents();
        List<String> nama = Arrays.stream(komponen).map(RecordComponent::getName).toList();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var kolom = it.next();
            if (!nama.contains(kolom.getKey())) {
                galat.add(new GalatPaket(jalur + "." + kolom.getKey(), "kolom tidak dikenal"));
            }
        }
        for (RecordComponent k : komponen) {
            JsonNode anak = node.get(k.getName());
            if (anak != null) {
                periksa(anak, k.getGenericType(), jalur + "." + k.getName(), galat);
            }
        }
    }

    private static void harus(boolean benar, String jalur, String pesan, JsonNode node, List<GalatPaket> galat) {
        if (!benar) {
            galat.add(new GalatPaket(jalur, pesan + ", bukan " + jenisJson(node) + " " + ringkas(node)));
        }
    }

    private static String jenisJson(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "teks";
            case NUMBER -> "angka";
            case BOOLEAN -> "boolean";
            case ARRAY -> "daftar";
            case OBJECT -> "objek";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static String ringkas(JsonNode node) {
        String t = node.toString();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
