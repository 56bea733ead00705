package id.akuntara.web.faces.perjanjian;

import id.akuntara.core.application.perjanjian.PihakPk;
import id.akuntara.core.application.perjanjian.RingkasanPk;
import id.akuntara.core.application.perjanjian.Rupiah;
import id.akuntara.core.application.perjanjian.UnitPk;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PerjanjianBeanTest {

    private static final PihakPk GUB = new PihakPk("gub", "Isran Noor", null, "Gubernur", "DEFINITIF", "Gubernur Kalimantan Timur");
    private static final PihakPk SEKDA = new PihakPk("sekda", "Sa'bani", "196201281988031005", "Sekda", "DEFINITIF", "Sekretaris Daerah");
    private static final PihakPk PJ = new PihakPk("pj", "Riza", null, "Sekda", "PJ", "Pj. Sekretaris Daerah");
    private static final PihakPk AS2 = new PihakPk("as2", "Abu Helmi", null, "Asisten II", "DEFINITIF", "Asisten II");

    private static RingkasanPk pk(String kode, String unit, PihakPk satu, PihakPk dua, String induk, String menggantikan,
            String digantikanOleh) {
        return new RingkasanPk(kode, 2022, menggantikan == null ? 1 : 2, menggantikan == null ? "MURNI" : "PERUBAHAN",
                "DITANDATANGANI", 0, new UnitPk(unit, unit), satu, dua, induk, menggantikan, digantikanOleh, "Samarinda",
                null, "HARI", null, Rupiah.total(new BigDecimal("100")), null, 1, 1);
    }

    @Test
    void kaskadeMemakaiVersiTerbaruDiBawahKepalaDaerah() {
        // the Sekda's PK was revised; the Asisten's first PK still names the replaced version as its parent
        List<RingkasanPk> daftar = List.of(
                pk("PK-SEKDA", "SETDA", SEKDA, GUB, null, null, "PK-SEKDA-P2"),
                pk("PK-SEKDA-P2", "SETDA", PJ, GUB, null, "PK-SEKDA", null),
                pk("PK-AS2", "AS2", AS2, SEKDA, "PK-SEKDA", null, null));
        TreeNode<SimpulPk> akar = PerjanjianBean.bangun(daftar);
        assertEquals(1, akar.getChildCount());
        TreeNode<SimpulPk> kepala = akar.getChildren().get(0);
        assertEquals("KEPALA", kepala.getData().getJenis());
        assertEquals("Gubernur Kalimantan Timur", kepala.getData().getSebutan());
        assertEquals(1, kepala.getChildCount());
        TreeNode<SimpulPk> sekda = kepala.getChildren().get(0);
        assertEquals("PK-SEKDA-P2", sekda.getData().getKode());
        assertEquals("Pj. Sekretaris Daerah", sekda.getData().getSebutan());
        assertEquals(List.of("PK-AS2"), sekda.getChildren().stream().map(n -> n.getData().getKode()).toList());
        assertEquals("Rp 100", sekda.getData().getTotal());
    }
}
