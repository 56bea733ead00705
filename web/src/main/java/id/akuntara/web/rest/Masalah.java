package id.akuntara.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An error answer of the API as RFC 9457 problem details ({@value #MEDIA_TYPE}): {@code type}, {@code title},
 * {@code status}, {@code detail} and {@code instance}, with title and detail in Bahasa Indonesia, or in English
 * when the caller prefers it ({@code Accept-Language: en}).
 */
public record Masalah(String type, String title, int status, String detail, String instance, Bahasa bahasa,
        Map<String, JsonValue> tambahan) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The two languages of the answers; Bahasa Indonesia unless the caller prefers English. */
    public enum Bahasa {
        ID, EN;

        public String kode() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The first of the caller's preferred languages that Akuntara speaks; Bahasa Indonesia otherwise. */
        public static Bahasa dari(List<Locale> pilihan) {
            for (Locale locale : pilihan) {
                String bahasa = locale.getLanguage();
                if ("en".equals(bahasa)) {
                    return EN;
                }
                if ("id".equals(bahasa) || "in".equals(bahasa)) {
                    return ID;
                }
            }
            return ID;
        }

        public static Bahasa dari(Enumeration<Locale> pilihan) {
            return dari(pilihan == null ? List.of() : Collections.list(pilihan));
        }
    }

    /** The problem of an HTTP status with the standard title and detail of that status. */
    public static Masalah untuk(int status, String instance, Bahasa bahasa) {
        Jenis jenis = Jenis.untuk(status);
        return new Masalah(jenis.type(), jenis.judul(bahasa), status, jenis.rincian(bahasa), instance, bahasa, Map.of());
    }

    /** The same problem with another detail. */
    public Masalah denganRincian(String rincian) {
        return new Masalah(type, title, status, rincian, instance, bahasa, tambahan);
    }

    /** The same problem with extension members (e.g. the parts of the readiness check). */
    public Masalah denganTambahan(Map<String, String> anggota) {
        Map<String, JsonValue> nilai = new java.util.LinkedHashMap<>(tambahan);
        anggota.forEach((k, v) -> nilai.put(k, Json.createValue(v)));
        return new Masalah(type, title, status, detail, instance, bahasa, nilai);
    }

    /** The same problem with one more extension member of any JSON value (e.g. the list of invalid fields). */
    public Masalah denganAnggota(String nama, JsonValue nilai) {
        Map<String, JsonValue> semua = new java.util.LinkedHashMap<>(tambahan);
        semua.put(nama, nilai);
        return new Masalah(type, title, status, detail, instance, bahasa, semua);
    }

    /** The detail in the caller's language. */
    public Masalah denganRincian(String rincianId, String rincianEn) {
        return denganRincian(bahasa == Bahasa.EN && rincianEn != null ? rincianEn : rincianId);
    }

    public String json() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail);
        if (instance != null) {
            json.add("instance", instance);
        }
        tambahan.forEach(json::add);
        return json.build().toString();
    }

    /** The kinds of problem, each with its type URI and its texts. */
    enum Jenis {
        PERMINTAAN_TIDAK_SAH(400, "Permintaan tidak sah", "Bad request",
                "Permintaan tidak dapat diproses karena bentuknya tidak sah.",
                "The request cannot be processed because it is malformed."),
        BELUM_MASUK(401, "Belum terautentikasi", "Not authenticated",
                "Permintaan ini memerlukan token akses (Bearer) yang sah dari layanan masuk Akuntara.",
                "This request needs a valid access token (Bearer) from Akuntara's sign-in service."),
        AKSES_DITOLAK(403, "Akses ditolak", "Access denied",
                "Akses ditolak: peran Anda tidak mengizinkan permintaan ini.",
                "Access denied: your roles do not allow this request."),
        TIDAK_DITEMUKAN(404, "Tidak ditemukan", "Not found",
                "Alamat yang diminta tidak ada.", "The requested address does not exist."),
        METODE_TIDAK_DIIZINKAN(405, "Metode tidak diizinkan", "Method not allowed",
                "Metode HTTP ini tidak didukung pada alamat ini.", "This HTTP method is not supported at this address."),
        TIDAK_DAPAT_DITERIMA(406, "Format jawaban tidak tersedia", "Not acceptable",
                "Jawaban tidak tersedia dalam format yang diminta.", "No answer is available in the requested format."),
        KONFLIK(409, "Konflik", "Conflict",
                "Permintaan bertentangan dengan keadaan data saat ini.", "The request conflicts with the current state of the data."),
        TERLALU_BESAR(413, "Isi terlalu besar", "Content too large",
                "Isi permintaan melebihi batas ukuran.", "The request's content exceeds the size limit."),
        JENIS_ISI_TIDAK_DIDUKUNG(415, "Jenis isi tidak didukung", "Unsupported media type",
                "Jenis isi permintaan tidak didukung.", "The request's media type is not supported."),
        DATA_TIDAK_SAH(422, "Data tidak sah", "Invalid data",
                "Sebagian isian tidak sah; lihat daftar galat.", "Some fields are invalid; see the list of errors."),
        KESALAHAN_SERVER(500, "Kesalahan server", "Internal server error",
                "Terjadi kesalahan pada server. Silakan coba lagi; bila berulang, hubungi admin.",
                "Something went wrong on the server. Please try again; if it persists, contact the administrator."),
        TIDAK_TERSEDIA(503, "Layanan tidak tersedia", "Service unavailable",
                "Layanan masuk sedang tidak tersedia, sehingga token tidak dapat diverifikasi. Silakan coba lagi sebentar lagi.",
                "The sign-in service is unavailable, so the token cannot be verified. Please try again shortly."),
        LAINNYA(0, "Permintaan gagal", "Request failed",
                "Permintaan tidak dapat dipenuhi.", "The request cannot be fulfilled.");

        private final int status;
        private final String judulId;
        private final String judulEn;
        private final String rincianId;
        private final String rincianEn;

        Jenis(int status, String judulId, String judulEn, String rincianId, String rincianEn) {
            this.status = status;
            this.judulId = judulId;
            this.judulEn = judulEn;
            this.rincianId = rincianId;
            this.rincianEn = rincianEn;
        }

        static Jenis untuk(int status) {
            for (Jenis j : values()) {
                if (j.status == status) {
                    return j;
                }
            }
            return LAINNYA;
        }

        String type() {
            return "urn:akuntara:masalah:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        String judul(Bahasa bahasa) {
            return bahasa == Bahasa.EN ? judulEn : judulId;
        }

        String rincian(Bahasa bahasa) {
            return bahasa == Bahasa.EN ? rincianEn : rincianId;
        }
    }
}
