package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static id.akuntara.core.paket.Paket.daftar;

/** The program amounts of a PK do not add up to the total it states ({@code totalTertulis}). */
final class PkJumlahProgram implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "pk-jumlah-program";
    }

    @Override
    public String uraian() {
        return "Jumlah anggaran program pada Perjanjian Kinerja tidak sama dengan total yang tertulis.";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.GALAT;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        for (PaketData.PerjanjianKinerja pk : daftar(p.perjanjianKinerja())) {
            if (pk.totalTertulis() == null || daftar(pk.program()).isEmpty()) {
                continue;
            }
            BigDecimal jumlah = daftar(pk.program()).stream().map(PaketData.ProgramPk::jumlah)
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (jumlah.compareTo(pk.totalTertulis()) != 0) {
                hasil.add(temuan("PK " + pk.kode() + ": jumlah " + daftar(pk.program()).size() + " program "
                        + Bantu.rupiah(jumlah) + ", tertulis total " + Bantu.rupiah(pk.totalTertulis()) + " (selisih "
                        + Bantu.rupiah(pk.totalTertulis().subtract(jumlah)) + ").",
                        List.of(Bantu.jalurPk(p, pk) + ".totalTertulis")));
            }
        }
        return hasil;
    }
}
