package id.akuntara.web.faces;

import id.akuntara.core.application.PengukuranService;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A page of one year's figures (capaian.xhtml, anggaran.xhtml): its year menu lists the years the pemda has a
 * recorded realisasi for, newest first ({@link PengukuranService#tahunBerealisasi}); the year shown is the one chosen
 * there or named by the link ({@code ?tahun=2021}), else the newest. A year without figures is never shown as if it
 * had some: it falls back to the newest.
 */
public abstract class HalamanTahunan implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected PengukuranService pengukuran;

    private Integer tahun;
    private transient List<Integer> daftarTahun;

    /** Takes the link's year ({@code ?tahun=2021}); the page's {@code @PostConstruct} calls it. */
    protected void bacaTahunTautan() {
        String th = parameter("tahun");
        if (th != null && th.matches("[0-9]{4}")) {
            setTahun(Integer.valueOf(th));
        }
    }

    /** A parameter of the page's request (null outside a Faces request or when absent). */
    protected static String parameter(String nama) {
        FacesContext f = FacesContext.getCurrentInstance();
        return f == null ? null : f.getExternalContext().getRequestParameterMap().get(nama);
    }

    /** The years with figures (a recorded realisasi), newest first. */
    public List<Integer> getDaftarTahun() {
        if (daftarTahun == null) {
            daftarTahun = new ArrayList<>(pengukuran.tahunBerealisasi());
            daftarTahun.sort(Comparator.reverseOrder());
        }
        return daftarTahun;
    }

    /** The year shown: the one chosen, else the newest with figures; null when the pemda has none. */
    public Integer getTahun() {
        if (tahun == null && !getDaftarTahun().isEmpty()) {
            tahun = getDaftarTahun().get(0);
        }
        return tahun;
    }

    public void setTahun(Integer tahun) {
        this.tahun = tahun != null && getDaftarTahun().contains(tahun) ? tahun : null;
    }
}
