package id.akuntara.reports;

/** The output formats of a report, with their file extension and media type. */
public enum FormatLaporan {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String ekstensi;
    private final String jenisMedia;

    FormatLaporan(String ekstensi, String jenisMedia) {
        this.ekstensi = ekstensi;
        this.jenisMedia = jenisMedia;
    }

    public String ekstensi() {
        return ekstensi;
    }

    public String jenisMedia() {
        return jenisMedia;
    }
}
