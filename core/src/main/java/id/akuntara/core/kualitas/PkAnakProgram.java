package id.akuntara.core.kualitas;

import id.akuntara.core.paket.PaketData;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static id.akuntara.core.paket.Paket.daftar;

/**
 * The program amounts of the child PKs, summed per program (by budget node, else by name), must equal the parent
 * PK's amount for that program; a program of a child that the parent does not list is reported too. The sums are
 * {@link KaskadePk}'s, which the API's cascade view shows as well.
 */
final class PkAnakProgram implements PemeriksaanKualitas {

    @Override
    public String id() {
        return "pk-anak-program";
    }

    @Override
    public String uraian() {
        return "Jumlah anggaran suatu program pada PK anak tidak sama dengan anggaran program itu pada PK induk.";
    }

    @Override
    public Keparahan keparahan() {
        return Keparahan.GALAT;
    }

    @Override
    public List<TemuanKualitas> periksa(PaketData p) {
        List<TemuanKualitas> hasil = new ArrayList<>();
        Set<String> diganti = Bantu.pkDigantikan(p);
        for (PaketData.PerjanjianKinerja induk : daftar(p.perjanjianKinerja())) {
            if (diganti.contains(induk.kode()) || daftar(induk.program()).isEmpty()) {
                continue;
            }
            KaskadePk.Ringkasan r = KaskadePk.ringkas(p, induk);
            if (r.program().stream().allMatch(b -> b.bagian().isEmpty())) {
                continue; // no child lists programs yet
            }
            for (KaskadePk.BarisProgram b : r.program()) {
                List<String> jalurAnak = b.bagian().stream().map(KaskadePk.Bagian::jalur).toList();
                if (b.jumlahInduk() == null) {
                    hasil.add(temuan("Program '" + b.namaProgram() + "' (" + Bantu.rupiah(b.jumlahAnak())
                            + ") ada pada PK anak tetapi tidak pada PK induk " + induk.kode() + ".", jalurAnak));
                } else if (b.selisih().signum() != 0) {
                    List<String> rujukan = new ArrayList<>(b.jalurInduk());
                    rujukan.addAll(jalurAnak);
                    hasil.add(temuan("Program '" + b.namaProgram() + "': PK induk " + induk.kode() + " "
                            + Bantu.rupiah(b.jumlahInduk()) + ", jumlah pada PK anak " + Bantu.rupiah(b.jumlahAnak())
                            + " (selisih " + Bantu.rupiah(b.selisih()) + ").", rujukan));
                }
            }
        }
        return hasil;
    }
}
