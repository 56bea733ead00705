package id.akuntara.core.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Unweighted mean of indicator capaian (issue 3 rule 3). Sources: Pangkalpinang LAKIP 2021 BAB III 3.2
 * ("capaian rata-rata atas capaian indikator kinerja sasaran"); Klungkung LKjIP 2020 Tabel 3.1 (102,95) and
 * Tabel 3.3 (110,21, members rounded first); Kaltim LKjIP 2021 Tabel 3.19 (sasaran capaian = mean of its
 * indicators). Blank members follow {@link PenangananKosong}; a mean with no member is
 * {@code tidak-dapat-dihitung}. A member carried forward keeps the mean computable but the warning says so.
 */
public final class RataRataCalculator {

    private RataRataCalculator() {
    }

    public static HasilAgregasi rataRata(List<HasilHitung> anggota, KebijakanAgregasi kebijakan) {
        BigDecimal jumlah = BigDecimal.ZERO;
        int dihitung = 0;
        int kosong = 0;
        List<String> peringatan = new ArrayList<>();
        for (HasilHitung h : anggota) {
            if (h.bernilai()) {
                BigDecimal v = h.nilaiAtauGagal();
                jumlah = jumlah.add(kebijakan.bulatkanDulu() ? kebijakan.pembulatanAnggota().terapkan(v) : v);
                dihitung++;
                if (h.status() == StatusHasil.DIBAWA_DARI) {
                    peringatan.add("anggota memakai realisasi tahun " + h.tahunAsal().getAsInt());
                }
            } else {
                kosong++;
            }
        }
        int pembagi = dihitung;
        if (kosong > 0) {
            if (kebijakan.kosong() == PenangananKosong.DIHITUNG_NOL) {
                pembagi += kosong;
                peringatan.add(kosong + " anggota kosong dihitung sebagai nol");
            } else {
                peringatan.add(kosong + " anggota kosong dikecualikan dari rata-rata");
            }
        }
        if (pembagi == 0) {
            return new HasilAgregasi(HasilHitung.tidakDapatDihitung("tidak ada anggota yang bernilai"), 0, kosong, peringatan);
        }
        HasilHitung hasil = HasilHitung.terhitung(Presisi.bagi(jumlah, BigDecimal.valueOf(pembagi)));
        return new HasilAgregasi(hasil, dihitung, kosong, peringatan);
    }

    /** Mean of plain values (e.g. SAKIP scores of units); blanks are {@code Realisasi} states other than values. */
    public static HasilAgregasi rataRataNilai(List<Realisasi> nilai, PenangananKosong kosong) {
        List<HasilHitung> anggota = new ArrayList<>(nilai.size());
        for (Realisasi r : nilai) {
            if (r instanceof Realisasi.Tersedia t) {
                anggota.add(HasilHitung.terhitung(t.nilai()));
            } else if (r instanceof Realisasi.DibawaDari d) {
                anggota.add(HasilHitung.dibawaDari(d.nilai(), d.tahun()));
            } else {
                anggota.add(HasilHitung.tidakDapatDihitung("kosong"));
            }
        }
        return rataRata(anggota, new KebijakanAgregasi(false, kosong, Pembulatan.STANDAR));
    }
}
