package id.akuntara.core.reviu;

import id.akuntara.core.calc.HasilHitung;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a reviu over a worksheet: reads and validates every row (errors name row and column: unreadable number,
 * duplicate id, unknown {@code induk}, wrong kind of {@code induk}, missing column), then checks every row without
 * errors. A sum or mean whose member has an error is skipped rather than reported wrongly. Stateless.
 */
public final class ReviuChecker {

    private ReviuChecker() {
    }

    public static HasilReviu periksa(LembarKerja lembar, OpsiReviu opsi) {
        List<Galat> galat = new ArrayList<>(lembar.galat());
        Map<String, BarisSiap> valid = new LinkedHashMap<>();
        Map<String, Integer> barisId = new HashMap<>();
        Set<String> indukTerdampak = new HashSet<>();
        Set<Integer> barisGalatBaca = new HashSet<>();
        lembar.galat().forEach(g -> barisGalatBaca.add(g.baris()));
        for (BarisLembarKerja b : lembar.baris()) {
            Integer pertama = b.id().isEmpty() ? null : barisId.putIfAbsent(b.id(), b.baris());
            Optional<BarisSiap> siap = BarisParser.parse(b, galat);
            if (barisGalatBaca.contains(b.baris())) {
                siap = Optional.empty();
            }
            if (pertama != null) {
                galat.add(new Galat(b.baris(), "id", "id '" + b.id() + "' ganda: sudah dipakai di baris " + pertama));
            }
            if (pertama != null || siap.isEmpty()) {
                indukTerdampak.add(b.induk());
                continue;
            }
            valid.put(b.id(), siap.get());
        }
        periksaInduk(valid, barisId, indukTerdampak, galat);

        Map<String, List<BarisSiap>> anak = new HashMap<>();
        Map<String, HasilHitung> capaian = new HashMap<>();
        for (BarisSiap s : valid.values()) {
            if (!s.induk().isEmpty()) {
                anak.computeIfAbsent(s.induk(), k -> new ArrayList<>()).add(s);
            }
            if (s.jenis() == JenisBaris.CAPAIAN) {
                capaian.put(s.id(), HitungBaris.capaian(s));
            }
        }

        List<Temuan> temuan = new ArrayList<>();
        int diperiksa = 0;
        for (BarisSiap s : valid.values()) {
            List<BarisSiap> anakIni = anak.getOrDefault(s.id(), List.of());
            boolean utuh = !indukTerdampak.contains(s.id());
            boolean dicek = switch (s.jenis()) {
                case CAPAIAN -> PemeriksaCapaian.periksaCapaian(s, capaian, temuan);
                case ANGGARAN -> PemeriksaAnggaran.periksaSerapan(s, temuan)
                        | (utuh && !anakIni.isEmpty() && PemeriksaAnggaran.periksaJumlah(s, anakIni, temuan));
                case RATA_RATA -> periksaRataRata(s, anakIni, utuh, capaian, opsi, temuan, galat);
                case PERUBAHAN -> PemeriksaCapaian.periksaPerubahan(s, temuan);
                case SELISIH -> PemeriksaCapaian.periksaSelisih(s, temuan);
                case RASIO -> PemeriksaCapaian.periksaRasio(s, temuan);
            };
            if (dicek) {
                diperiksa++;
            }
        }
        galat.sort(Comparator.comparingInt(Galat::baris));
        Ringkasan ringkasan = new Ringkasan(lembar.baris().size(), diperiksa, temuan.size(), galat.size());
        return new HasilReviu(ringkasan, temuan, galat);
    }

    private static boolean periksaRataRata(BarisSiap s, List<BarisSiap> anak, boolean utuh,
            Map<String, HasilHitung> capaian, OpsiReviu opsi, List<Temuan> temuan, List<Galat> galat) {
        if (anak.isEmpty()) {
            if (utuh) {
                galat.add(new Galat(s.baris(), "id", "baris rata-rata '" + s.id()
                        + "' tidak memiliki anggota (baris capaian dengan induk '" + s.id() + "')"));
            }
            return false;
        }
        return utuh && PemeriksaCapaian.periksaRataRata(s, anak, capaian, opsi, temuan);
    }

    /**
     * Unknown parents, parents of the wrong kind (only a budget row may have a budget parent, only a capaian row a
     * rata-rata parent) and cycles of parents (A → B → A) are errors on the child's {@code induk} column.
     */
    private static void periksaInduk(Map<String, BarisSiap> valid, Map<String, Integer> barisId,
            Set<String> indukTerdampak, List<Galat> galat) {
        Map<String, BarisSiap> semula = new HashMap<>(valid);
        for (BarisSiap s : List.copyOf(valid.values())) {
            if (s.induk().isEmpty()) {
                continue;
            }
            String pesan = null;
            BarisSiap induk = valid.get(s.induk());
            if (!barisId.containsKey(s.induk())) {
                pesan = "induk '" + s.induk() + "' tidak dikenal (tidak ada baris dengan id itu)";
            } else if (s.induk().equals(s.id())) {
                pesan = "baris tidak boleh menjadi induk dirinya sendiri";
            } else if (induk != null && s.jenis() == JenisBaris.ANGGARAN && induk.jenis() != JenisBaris.ANGGARAN) {
                pesan = "induk baris anggaran harus baris anggaran, bukan " + induk.jenis().kode();
            } else if (induk != null && s.jenis() == JenisBaris.CAPAIAN && induk.jenis() != JenisBaris.RATA_RATA) {
                pesan = "induk baris capaian harus baris rata-rata, bukan " + induk.jenis().kode();
            } else if (s.jenis() != JenisBaris.CAPAIAN && s.jenis() != JenisBaris.ANGGARAN) {
                pesan = "baris " + s.jenis().kode() + " tidak boleh memiliki induk (hanya baris capaian, dengan induk"
                        + " rata-rata, dan baris anggaran, dengan induk anggaran)";
            } else if (semula.containsKey(s.induk())) {
                pesan = siklus(s, semula);
            }
            if (pesan != null) {
                galat.add(new Galat(s.baris(), "induk", pesan));
                valid.remove(s.id());
                indukTerdampak.add(s.induk());
            }
        }
    }

    /** The cycle through {@code s}'s parents as "A → B → A", or null when following them ends. */
    private static String siklus(BarisSiap s, Map<String, BarisSiap> valid) {
        List<String> jalur = new ArrayList<>();
        Set<String> dilihat = new HashSet<>();
        BarisSiap kini = s;
        while (kini != null && !kini.induk().isEmpty() && dilihat.add(kini.id())) {
            jalur.add(kini.id());
            kini = valid.get(kini.induk());
        }
        if (kini == null || kini.induk().isEmpty() || !kini.id().equals(s.id())) {
            return null;
        }
        jalur.add(s.id());
        return "induk membentuk siklus: " + String.join(" → ", jalur);
    }
}
