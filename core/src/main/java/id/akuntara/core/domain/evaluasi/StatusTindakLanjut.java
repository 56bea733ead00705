package id.akuntara.core.domain.evaluasi;

/**
 * Follow-up status of a recommendation, as the LKjIP tables print it (kaltim-a sakipEvaluation statusVocabulary:
 * "Sudah", "Segera dilaksanakan", "Akan diusulkan"; "Belum" when nothing was done).
 */
public enum StatusTindakLanjut {
    SUDAH("Sudah"), SEGERA_DILAKSANAKAN("Segera dilaksanakan"), AKAN_DIUSULKAN("Akan diusulkan"), BELUM("Belum");

    private final String label;

    StatusTindakLanjut(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
