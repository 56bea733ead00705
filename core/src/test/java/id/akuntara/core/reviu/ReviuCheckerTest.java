package id.akuntara.core.reviu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviuCheckerTest {

    private static HasilReviu reviu(String csv) throws IOException {
        return ReviuChecker.periksa(CsvLembarKerjaParser.baca(new StringReader(csv)), OpsiReviu.STANDAR);
    }

    private static final String JUDUL = "jenis;id;induk;uraian;polaritas;target;realisasi;tercetak\n";

    @Test
    void errorsNameRowAndColumnAndOtherRowsAreStillChecked() throws IOException {
        HasilReviu h = reviu(JUDUL
                + "capaian;A;;ok;naik;3,2721;3,2608;99,69\n"          // row 2: finding
                + "capaian;B;;angka;naik;3.095;3,0885;99,79\n"        // row 3: ambiguous number
                + "capaian;A;;ganda;naik;1;1;100\n"                   // row 4: duplicate id
                + "anggaran;C;X;induk;;100;50;50\n"                   // row 5: unknown induk
                + "capaian;D;;polaritas;;10;5;50\n"                   // row 6: polarity missing
                + "hitung;E;;jenis;;1;1;1\n");                        // row 7: unknown kind
        assertEquals(List.of(new Galat(3, "target", h.galat().get(0).pesan()), new Galat(4, "id", h.galat().get(1).pesan()),
                new Galat(5, "induk", h.galat().get(2).pesan()), new Galat(6, "polaritas", h.galat().get(3).pesan()),
                new Galat(7, "jenis", h.galat().get(4).pesan())), h.galat());
        assertTrue(h.galat().get(0).pesan().contains("ambigu"));
        assertTrue(h.galat().get(1).pesan().contains("ganda") && h.galat().get(1).pesan().contains("baris 2"));
        assertTrue(h.galat().get(2).pesan().contains("'X'"));
        assertEquals(List.of(new Temuan(2, "A", "capaian", "99,69", "99,65", JenisTemuan.SALAH)), h.temuan());
        assertEquals(new Ringkasan(6, 1, 1, 5), h.ringkasan());
        assertEquals(2, h.kodeKeluar());
    }

    @Test
    void missingColumnIsAnErrorOnRowOne() throws IOException {
        HasilReviu h = reviu("jenis;id;induk;uraian;polaritas;target;realisasi\ncapaian;A;;x;naik;10;5\n");
        assertEquals(List.of(new Galat(1, "tercetak", "kolom 'tercetak' tidak ada di baris judul")), h.galat());
        assertEquals(2, h.kodeKeluar());
    }

    @Test
    void sumWithABrokenChildIsSkippedNotReportedWrongly() throws IOException {
        HasilReviu h = reviu(JUDUL
                + "anggaran;P;;program;;300;150;\n"
                + "anggaran;K1;P;kegiatan;;100;50;\n"
                + "anggaran;K2;P;kegiatan;;2OO;100;\n");
        assertEquals(1, h.galat().size());
        assertEquals(new Galat(4, "target", h.galat().get(0).pesan()), h.galat().get(0));
        assertTrue(h.temuan().isEmpty());
    }

    @Test
    void parentEqualsChildrenSeparatelyForPaguAndRealisasi() throws IOException {
        HasilReviu h = reviu(JUDUL
                + "anggaran;P;;program;;300;160;53,33\n"
                + "anggaran;K1;P;kegiatan;;100;50;50,00\n"
                + "anggaran;K2;P;kegiatan;;200;-;\n");
        assertEquals(List.of(new Temuan(2, "P", "jumlah-realisasi", "160", "50", JenisTemuan.SALAH)), h.temuan());
        assertEquals(0, h.galat().size());
        assertEquals(1, h.kodeKeluar());
    }

    @Test
    void kindOfParentIsChecked() throws IOException {
        HasilReviu h = reviu(JUDUL
                + "anggaran;P;;program;;300;160;\n"
                + "capaian;C;P;indikator;naik;10;5;50\n");
        assertEquals(List.of(new Galat(3, "induk", "induk baris capaian harus baris rata-rata, bukan anggaran")), h.galat());
    }

    @Test
    void meanWithoutMembersIsAnError() throws IOException {
        HasilReviu h = reviu(JUDUL + "rata-rata;R;;rata;;;;100\n");
        assertEquals("id", h.galat().get(0).kolom());
        assertTrue(h.galat().get(0).pesan().contains("tidak memiliki anggota"));
    }

    @Test
    void commaSeparatedQuotedAndCleanFileExitsZero() throws IOException {
        HasilReviu h = ReviuChecker.periksa(CsvLembarKerjaParser.baca(new StringReader(
                "\uFEFFjenis,id,induk,uraian,polaritas,target,realisasi,tercetak\r\n"
                + "capaian,K-MISKIN,,\"Persentase Penduduk Miskin, Klungkung\",turun,\"4,34\",\"5,4\",\"75,58\"\r\n"
                + "\r\n"
                + "capaian,K-BUD,,budaya,naik,24,\"31,42\",\"130,92\"\r\n")), OpsiReviu.STANDAR);
        assertEquals(new Ringkasan(2, 2, 0, 0), h.ringkasan());
        assertEquals(0, h.kodeKeluar());
    }

    @Test
    void rowNumbersCountBlankLines() throws IOException {
        LembarKerja lk = CsvLembarKerjaParser.baca(new StringReader(JUDUL + "\n\ncapaian;A;;x;naik;10;5;50\n"));
        assertEquals(4, lk.baris().get(0).baris());
    }
}
