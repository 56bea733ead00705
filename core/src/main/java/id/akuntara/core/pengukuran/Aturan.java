package id.akuntara.core.pengukuran;

/**
 * The rules a figure of the read model can come from, each with its formula and source (docs/calculations.md).
 * The code is stable: stored snapshots and printed traces cite it.
 */
public enum Aturan {
    CAPAIAN_NAIK("capaian-naik", "R / T × 100",
            "PermenPAN-RB 53/2014; Klungkung LKjIP 2020 Tabel 3.1: 31,42 / 24 → 130,92"),
    CAPAIAN_TURUN("capaian-turun", "(2T − R) / T × 100",
            "Klungkung LKjIP 2020 Tabel 3.3: T 4,34, R 5,4 → 75,58"),
    CAPAIAN_RENTANG("capaian-rentang", "100 di dalam rentang target, selain itu terhadap batas terdekat",
            "docs/calculations.md §1"),
    RATA_RATA_CAPAIAN("rata-rata-capaian", "Σ capaian anggota / n (kebijakan pembulatan dan blank pemda)",
            "Klungkung LKjIP 2020 Tabel 3.1: 110,21 dari capaian dibulatkan dulu"),
    KOMPOSIT_TERTIMBANG("komposit-tertimbang", "Σ realisasi anggota × bobot / 100",
            "Kaltim LKjIP 2021 Indeks RB 60/40"),
    RATA_RATA_SASARAN("rata-rata-sasaran", "Σ capaian indikator sasaran / n",
            "Klungkung LKjIP 2020 Tabel 3.1; Kaltim LKjIP 2021 Tabel 3.3"),
    SEBARAN_CAPAIAN("sebaran-capaian", "jumlah indikator > 100, = 100, < 100 (setelah pembulatan tampil)",
            "Kaltim LKjIP 2021 BAB IV: 7 > 100 %, 2 = 100 %, 3 < 100 %"),
    SERAPAN("serapan", "realisasi / pagu × 100; induk = Σ realisasi anak / Σ pagu anak",
            "Permendagri 90/2019; Pangkalpinang LAKIP 2021 Tabel 3.11"),
    SERAPAN_TOTAL("serapan-total", "Σ realisasi program / Σ pagu program × 100",
            "Pangkalpinang LAKIP 2021 Tabel 3.4: tercetak 83,32 %; jumlah blok program 88,08 % (dipotong)"),
    SERAPAN_SASARAN("serapan-sasaran", "Σ realisasi pos terkait sasaran / Σ pagu pos terkait × 100",
            "Kaltim LKjIP 2021 Tabel 3.19 kolom 4"),
    EFISIENSI_POIN("efisiensi-poin", "capaian sasaran − serapan anggaran sasaran (poin)",
            "Kaltim LKjIP 2021 Tabel 3.19 kolom 5: 115,49 − 75,41 = 40,08"),
    EFISIENSI_SE("efisiensi-standar", "SE = target capaian sasaran / target keuangan (100)",
            "Klungkung LKjIP 2020 Tabel 3.2: 95 / 100 = 0,95"),
    EFISIENSI_IE("efisiensi-indeks", "IE = realisasi capaian sasaran / serapan anggaran sasaran",
            "Klungkung LKjIP 2020 Tabel 3.2: 102,95 / 87,16 = 1,18"),
    EFISIENSI_TINGKAT("efisiensi-tingkat", "(IE − SE) / SE; Efisien bila IE > SE",
            "Klungkung LKjIP 2020 Tabel 3.2: 0,24"),
    PERUBAHAN_TAHUNAN("perubahan-tahunan", "(R_t / R_t−1 − 1) × 100",
            "Kaltim LKjIP 2021 Tabel 3.5 \"6=(5/4-1)*100\""),
    KEMAJUAN("kemajuan", "R_t / T_akhir Renstra × 100",
            "Kaltim LKjIP 2021 Tabel 3.6 \"6=5/4*100\""),
    JUMLAH_EVALUASI("jumlah-evaluasi", "Σ nilai komponen evaluasi SAKIP",
            "PermenPAN-RB 12/2015; Kaltim LKjIP 2021 Tabel 3.1 (2019: 67,23, tercetak 67,21)");

    private final String kode;
    private final String rumus;
    private final String sumber;

    Aturan(String kode, String rumus, String sumber) {
        this.kode = kode;
        this.rumus = rumus;
        this.sumber = sumber;
    }

    public String kode() {
        return kode;
    }

    public String rumus() {
        return rumus;
    }

    /** The source the rule is taken from, with a golden case. */
    public String sumber() {
        return sumber;
    }
}
