package id.akuntara.bench;

import java.util.Random;

/**
 * Generates a reviu worksheet in CSV: blocks of one program with 4 kegiatan × 4 sub-kegiatan (anggaran, with
 * serapan printed on every row and sums to check), then one rata-rata with 4 capaian members; about 1 % of the
 * printed figures are wrong so the reviu has findings to report.
 */
final class LembarKerjaGenerator {

    private LembarKerjaGenerator() {
    }

    static String csv(int barisTarget) {
        Random acak = new Random(7);
        StringBuilder sb = new StringBuilder(barisTarget * 80);
        sb.append("jenis;id;induk;uraian;polaritas;target;realisasi;tercetak\n");
        int baris = 0;
        int blok = 0;
        while (baris < barisTarget) {
            String p = "P" + blok;
            long[][] sub = new long[16][2];
            long paguP = 0;
            long realP = 0;
            for (int s = 0; s < 16; s++) {
                sub[s][0] = 1_000_000L + acak.nextInt(900_000_000);
                sub[s][1] = sub[s][0] * (50 + acak.nextInt(50)) / 100;
                paguP += sub[s][0];
                realP += sub[s][1];
            }
            anggaran(sb, p, "", paguP, realP, acak);
            baris++;
            for (int k = 0; k < 4; k++) {
                String kid = p + ".K" + k;
                long paguK = 0;
                long realK = 0;
                for (int s = 0; s < 4; s++) {
                    paguK += sub[k * 4 + s][0];
                    realK += sub[k * 4 + s][1];
                }
                anggaran(sb, kid, p, paguK, realK, acak);
                baris++;
                for (int s = 0; s < 4; s++) {
                    anggaran(sb, kid + ".S" + s, kid, sub[k * 4 + s][0], sub[k * 4 + s][1], acak);
                    baris++;
                }
            }
            String r = "R" + blok;
            double jumlah = 0;
            StringBuilder anggota = new StringBuilder();
            for (int m = 0; m < 4; m++) {
                int t = 5_000 + acak.nextInt(5_000);
                int re = 4_000 + acak.nextInt(7_000);
                double cap = Math.round(re * 10000.0 / t) / 100.0;
                jumlah += cap;
                anggota.append("capaian;").append(r).append(".I").append(m).append(';').append(r)
                        .append(";indikator;naik;").append(id(t)).append(';').append(id(re)).append(';')
                        .append(persen(cap, acak)).append('\n');
            }
            sb.append("rata-rata;").append(r).append(";;rata-rata sasaran;;;;")
                    .append(persen(Math.round(jumlah / 4 * 100) / 100.0, acak)).append('\n');
            sb.append(anggota);
            baris += 5;
            blok++;
        }
        return sb.toString();
    }

    private static void anggaran(StringBuilder sb, String id, String induk, long pagu, long realisasi, Random acak) {
        sb.append("anggaran;").append(id).append(';').append(induk).append(";uraian;;").append(rupiah(pagu)).append(';')
                .append(rupiah(realisasi)).append(';')
                .append(persen(Math.round(realisasi * 10000.0 / pagu) / 100.0, acak)).append('\n');
    }

    private static String persen(double v, Random acak) {
        double cetak = acak.nextInt(100) == 0 ? v + 0.37 : v;
        return String.format(java.util.Locale.ROOT, "%.2f", cetak).replace('.', ',');
    }

    private static String id(int seratusan) {
        return (seratusan / 100) + "," + String.format("%02d", seratusan % 100);
    }

    private static String rupiah(long v) {
        return String.format(java.util.Locale.ROOT, "%,d", v).replace(',', '.');
    }
}
