package id.akuntara.spi;

/**
 * Type of a Sekretariat Daerah by workload. Permendagri 56/2019 (Pedoman Nomenklatur dan Unit Kerja Sekretariat
 * Daerah Provinsi dan Kabupaten/Kota) Pasal 3 ayat (1)–(2): "Sekretariat daerah provinsi … diklasifikasikan atas
 * tipe A, tipe B dan tipe C. … tipe A untuk mewadahi pelaksanaan fungsi sekretariat daerah dengan beban kerja yang
 * besar, tipe B … beban kerja yang sedang, dan tipe C …". The type of a pemda is its own data (Setda Prov. Kaltim is
 * tipe A: Kaltim LKjIP 2021 BAB I C).
 */
public enum TipeSekretariat {
    A, B, C
}
