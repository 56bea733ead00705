package id.akuntara.spi;

/** Argument checks shared by the value types of this module. */
final class Teks {

    private Teks() {
    }

    static String wajib(String nilai, String nama) {
        if (nilai == null || nilai.isBlank()) {
            throw new IllegalArgumentException(nama + " tidak boleh kosong");
        }
        return nilai;
    }
}
