package id.akuntara.web.faces.rencana;

import id.akuntara.core.application.rencana.PohonRenstra;
import id.akuntara.core.application.rencana.RingkasanRenstra;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenstraBeanTest {

    private static PohonRenstra.TargetSumber sumber(String s, String nilai, boolean berwenang) {
        return new PohonRenstra.TargetSumber(s, s, new BigDecimal(nilai), null, nilai.replace('.', ','), null, "nilai",
                berwenang, berwenang, "RENSTRA".equals(s));
    }

    private static PohonRenstra.Indikator indikator(String kode, String kelompok) {
        PohonRenstra.TargetSumber renstra = sumber("RENSTRA", "3.3", false);
        PohonRenstra.TargetSumber pk = sumber("PK", "3.4", true);
        return new PohonRenstra.Indikator(kode, "Nilai " + kode, "nilai", "NAIK", "SKOR_EKSTERNAL", 2, null, null, null,
                null, kelompok, List.of(), List.of(), List.of(new PohonRenstra.TargetTahun(2020, pk, true, List.of(renstra, pk))));
    }

    @Test
    void pohonTujuanSasaranIndikatorDenganLetaknya() {
        RingkasanRenstra r = new RingkasanRenstra("R", "Renstra", "DRAF", "PERUBAHAN", 2018, 2023, null, null, "R0", "alasan",
                List.of(), null, null, true, 3);
        PohonRenstra pohon = new PohonRenstra(r, "PK", List.of(new PohonRenstra.Tujuan("T1", "Tujuan", null,
                List.of(indikator("IK-IRB", "IKU")),
                List.of(new PohonRenstra.Sasaran("S1", "Sasaran", List.of(indikator("IK-LPPD", "IKD")))))));
        TreeNode<BarisPohon> akar = RenstraBean.bangun(pohon);
        TreeNode<BarisPohon> t1 = akar.getChildren().get(0);
        assertEquals("TUJUAN", t1.getData().getJenis());
        assertEquals(List.of("IK-IRB", "S1"), t1.getChildren().stream().map(n -> n.getData().getKode()).toList());
        BarisPohon irb = t1.getChildren().get(0).getData();
        assertTrue(irb.isIku());
        assertEquals("T1", irb.getTujuan());
        assertNull(irb.getSasaran());
        BarisPohon lppd = t1.getChildren().get(1).getChildren().get(0).getData();
        assertFalse(lppd.isIku());
        assertEquals("S1", lppd.getSasaran());
        assertTrue(lppd.target(2020).berbeda());
        assertEquals("3,4", lppd.target(2020).berwenang().tampil());
        assertEquals("3,3", lppd.sumber(2020, "RENSTRA").tampil());
        assertNull(lppd.sumber(2021, "RENSTRA"));
        assertNull(t1.getData().target(2020));
        // an indicator under an objective keeps its objective when edited; one under a goal its goal
        SuntinganIndikator s = SuntinganIndikator.dari(lppd);
        assertEquals("S1", s.isian(3).sasaran());
        assertNull(s.isian(3).tujuan());
        assertEquals("T1", SuntinganIndikator.dari(irb).isian(3).tujuan());
    }
}
