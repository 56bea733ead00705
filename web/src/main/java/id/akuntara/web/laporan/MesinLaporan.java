package id.akuntara.web.laporan;

import id.akuntara.reports.LayananLaporan;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one report renderer of the application: its template catalogue compiles each template on first use and keeps
 * it for the life of the deployment, so a request never compiles a template again (about 4–10 s for the first
 * report, well under that for every later one; docs/laporan.md).
 */
@ApplicationScoped
public class MesinLaporan {

    private final LayananLaporan layanan = new LayananLaporan();

    public LayananLaporan layanan() {
        return layanan;
    }
}
