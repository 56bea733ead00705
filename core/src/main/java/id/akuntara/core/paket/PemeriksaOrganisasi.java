package id.akuntara.core.paket;

import id.akuntara.core.domain.kepegawaian.DimensiStatistik;
import id.akuntara.core.domain.kepegawaian.JenisKelamin;
import id.akuntara.core.domain.kepegawaian.JenisPenugasan;
import id.akuntara.core.domain.kepegawaian.Nip;
import id.akuntara.core.domain.organisasi.JenisJabatan;
import id.akuntara.core.domain.organisasi.JenisPerubahanUnit;
import id.akuntara.core.domain.organisasi.JenisUnit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static id.akuntara.core.paket.Pemeriksa.d;

/** Units (tree without cycles, valid dates), restructures, positions, people (NIP), assignments, staff tables. */
final class PemeriksaOrganisasi {

    private final Pemeriksa g;
    private final PaketData p;

    PemeriksaOrganisasi(Pemeriksa g, PaketData p) {
        this.g = g;
        this.p = p;
    }

    void periksa() {
        Map<String, Integer> unit = g.kode(d(p.unit()), PaketData.Unit::kode, "unit");
        Map<String, String> induk = new HashMap<>();
        var units = d(p.unit());
        for (int i = 0; i < units.size(); i++) {
            var u = units.get(i);
            String j = "$.unit[" + i + "]";
            g.wajib(u.nama(), j + ".nama");
            g.pilihan(u.jenis(), JenisUnit.class, j + ".jenis", true);
            g.rujukan(u.induk(), unit.keySet(), j + ".induk", "Unit induk", false);
            if (u.induk() != null && u.kode() != null) {
                induk.put(u.kode(), u.induk());
            }
            Optional<LocalDate> mulai = g.tanggal(u.berlakuMulai(), j + ".berlakuMulai", true);
            Optional<LocalDate> sampai = g.tanggal(u.berlakuSampai(), j + ".berlakuSampai", false);
            if (mulai.isPresent() && sampai.isPresent() && !sampai.get().isAfter(mulai.get())) {
                g.galat(j + ".berlakuSampai", "tanggal berakhir harus setelah tanggal mulai berlaku");
            }
        }
        g.siklus(induk, unit, "unit", "induk", "pohon unit");
        var perubahan = d(p.perubahanUnit());
        for (int i = 0; i < perubahan.size(); i++) {
            var c = perubahan.get(i);
            String j = "$.perubahanUnit[" + i + "]";
            g.rujukan(c.asal(), unit.keySet(), j + ".asal", "Unit", true);
            g.rujukan(c.hasil(), unit.keySet(), j + ".hasil", "Unit", false);
            g.pilihan(c.jenis(), JenisPerubahanUnit.class, j + ".jenis", true);
            g.tanggal(c.tanggal(), j + ".tanggal", true);
        }
        Map<String, Integer> jabatan = g.kode(d(p.jabatan()), PaketData.Jabatan::kode, "jabatan");
        var jab = d(p.jabatan());
        for (int i = 0; i < jab.size(); i++) {
            String j = "$.jabatan[" + i + "]";
            g.wajib(jab.get(i).nama(), j + ".nama");
            g.pilihan(jab.get(i).jenis(), JenisJabatan.class, j + ".jenis", true);
            g.rujukan(jab.get(i).unit(), unit.keySet(), j + ".unit", "Unit", false);
        }
        pegawai(unit, jabatan);
    }

    private void pegawai(Map<String, Integer> unit, Map<String, Integer> jabatan) {
        Map<String, Integer> pegawai = g.kode(d(p.pegawai()), PaketData.Pegawai::kode, "pegawai");
        Map<String, Integer> nip = new HashMap<>();
        var peg = d(p.pegawai());
        for (int i = 0; i < peg.size(); i++) {
            var o = peg.get(i);
            String j = "$.pegawai[" + i + "]";
            g.wajib(o.nama(), j + ".nama");
            g.pilihan(o.jenisKelamin(), JenisKelamin.class, j + ".jenisKelamin", false);
            if (o.nip() != null) {
                Optional<String> salah = PemeriksaPaket.nipSalah(o.nip());
                if (salah.isPresent()) {
                    g.galat(j + ".nip", "NIP tidak sah: " + salah.get());
                } else if (nip.putIfAbsent(Nip.normalkan(o.nip()), i) != null) {
                    g.galat(j + ".nip", "NIP ganda; sudah dipakai di $.pegawai[" + nip.get(
                            Nip.normalkan(o.nip())) + "]");
                }
            }
        }
        var tugas = d(p.penugasan());
        g.kode(tugas, PaketData.Penugasan::kode, "penugasan");
        for (int i = 0; i < tugas.size(); i++) {
            var t = tugas.get(i);
            String j = "$.penugasan[" + i + "]";
            g.rujukan(t.pegawai(), pegawai.keySet(), j + ".pegawai", "Pegawai", true);
            g.rujukan(t.jabatan(), jabatan.keySet(), j + ".jabatan", "Jabatan", true);
            g.pilihan(t.jenis(), JenisPenugasan.class, j + ".jenis", true);
            var mulai = g.tanggal(t.mulai(), j + ".mulai", true);
            var selesai = g.tanggal(t.selesai(), j + ".selesai", false);
            if (mulai.isPresent() && selesai.isPresent() && selesai.get().isBefore(mulai.get())) {
                g.galat(j + ".selesai", "penugasan tidak dapat berakhir sebelum dimulai");
            }
        }
        var stat = d(p.statistikPegawai());
        for (int i = 0; i < stat.size(); i++) {
            var s = stat.get(i);
            String j = "$.statistikPegawai[" + i + "]";
            g.rujukan(s.unit(), unit.keySet(), j + ".unit", "Unit", false);
            g.wajib(s.kelompok(), j + ".kelompok");
            g.tanggal(s.perTanggal(), j + ".perTanggal", true);
            g.pilihan(s.dimensi(), DimensiStatistik.class, j + ".dimensi", true);
            g.wajib(s.kategori(), j + ".kategori");
            if (g.wajib(s.jumlah(), j + ".jumlah") && s.jumlah() < 0) {
                g.galat(j + ".jumlah", "jumlah pegawai tidak boleh negatif");
            }
        }
    }

}
