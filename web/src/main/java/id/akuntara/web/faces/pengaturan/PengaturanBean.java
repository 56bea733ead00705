package id.akuntara.web.faces.pengaturan;

import id.akuntara.core.akses.AksesDitolakException;
import id.akuntara.core.application.pengaturan.PengaturanService;
import id.akuntara.core.domain.bersama.AturanDilanggarException;
import id.akuntara.core.galat.GalatIsian;
import id.akuntara.core.galat.KonflikVersiException;
import id.akuntara.core.galat.TidakDitemukanException;
import id.akuntara.core.galat.ValidasiGagalException;
import jakarta.annotation.PostConstruct;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import java.util.Map;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.akuntara.web.faces.PesanHalaman.galat;
import static id.akuntara.web.faces.PesanHalaman.info;
import static id.akuntara.web.faces.PesanHalaman.inggris;
import static id.akuntara.web.faces.PesanHalaman.label;

/**
 * Backs {@code pengaturan.xhtml}: the admin's form over {@link PengaturanService} — the target source, the pemda's own
 * predikat scale as an editable table (add / remove a band), rounding, capping, blank policy, report name, head of
 * region and logo (uploaded PNG, previewed). Saving sends the whole form; the use case checks every field at once
 * (the scale by the calculation engine) and each refusal is shown next to its field in the page's language.
 */
@Named("pengaturanHal")
@ViewScoped
public class PengaturanBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field of the use case → input id in the form {@code f}. */
    private static final Map<String, String> FIELD = Map.of("sumberTarget", "sumber", "desimal", "desimal",
            "modePembulatan", "mode", "batasCapaian", "batas", "penangananKosong", "kosong", "namaLaporan", "nama-laporan",
            "kepalaDaerah", "kepala", "logo", "logo-galat", "skala.nama", "nama-skala", "versi", "umum");

    private static final Pattern PITA = Pattern.compile("skala\\.pita\\[(\\d+)]\\.(label|bawah|atas)");

    /** One editable band of the scale. */
    public static class Baris implements Serializable {
        private static final long serialVersionUID = 1L;
        private String label;
        private String bawah;
        private boolean bawahInklusif = true;
        private String atas;
        private boolean atasInklusif = true;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getBawah() { return bawah; }
        public void setBawah(String bawah) { this.bawah = bawah; }
        public boolean isBawahInklusif() { return bawahInklusif; }
        public void setBawahInklusif(boolean b) { this.bawahInklusif = b; }
        public String getAtas() { return atas; }
        public void setAtas(String atas) { this.atas = atas; }
        public boolean isAtasInklusif() { return atasInklusif; }
        public void setAtasInklusif(boolean b) { this.atasInklusif = b; }
    }

    @Inject
    transient PengaturanService layanan;

    private PengaturanService.Pengaturan saatIni;
    private String sumberTarget;
    private boolean skalaSendiri;
    private String namaSkala;
    private List<Baris> pita = new ArrayList<>();
    private Integer desimal;
    private String modePembulatan;
    private String batasCapaian;
    private String penangananKosong;
    private String namaLaporan;
    private String kepalaDaerah;
    private String logo;

    @PostConstruct
    void muat() {
        isi(layanan.baca());
    }

    private void isi(PengaturanService.Pengaturan p) {
        saatIni = p;
        sumberTarget = p.sumberTarget();
        skalaSendiri = p.skalaSendiri();
        namaSkala = p.skala() == null ? null : p.skala().nama();
        pita = new ArrayList<>();
        if (p.skala() != null) {
            for (PengaturanService.Pita x : p.skala().pita()) {
                Baris b = new Baris();
                b.label = x.label();
                b.bawah = x.bawah();
                b.bawahInklusif = Boolean.TRUE.equals(x.bawahInklusif());
                b.atas = x.atas();
                b.atasInklusif = Boolean.TRUE.equals(x.atasInklusif());
                pita.add(b);
            }
        }
        desimal = p.desimal();
        modePembulatan = p.modePembulatan();
        batasCapaian = p.batasCapaian();
        penangananKosong = p.penangananKosong();
        namaLaporan = p.namaLaporan();
        kepalaDaerah = p.kepalaDaerah();
        logo = p.logo();
    }

    public void tambahPita() {
        skalaSendiri = true;
        pita.add(new Baris());
    }

    public void hapusPita(Baris b) {
        pita.remove(b);
    }

    public void unggahLogo(FileUploadEvent e) {
        UploadedFile f = e.getFile();
        logo = Base64.getEncoder().encodeToString(f.getContent());
    }

    public void hapusLogo() {
        logo = null;
    }

    public void simpan() {
        PengaturanService.Skala skala = skalaSendiri ? new PengaturanService.Skala(namaSkala, pita.stream()
                .map(b -> new PengaturanService.Pita(b.label, b.bawah, b.bawahInklusif, b.atas, b.atasInklusif)).toList())
                : null;
        try {
            PengaturanService.Pengaturan p = layanan.ubah(new PengaturanService.Isian(sumberTarget, skala, desimal,
                    modePembulatan, batasCapaian, penangananKosong, null, namaLaporan, kepalaDaerah, logo, saatIni.versi()));
            isi(p);
            info(label("pengaturan.tersimpan"));
        } catch (ValidasiGagalException e) {
            for (GalatIsian g : e.galat()) {
                galat(clientId(g.field()), inggris() ? g.pesanEn() : g.pesan());
            }
        } catch (KonflikVersiException e) {
            isi(layanan.baca());
            galat(null, label("pengaturan.basi"));
        } catch (AksesDitolakException e) {
            galat(null, inggris() ? e.pesanEn() : e.getMessage());
        } catch (TidakDitemukanException e) {
            galat(null, inggris() ? e.pesanEn() : e.getMessage());
        } catch (AturanDilanggarException e) {
            galat(null, inggris() ? e.pesanEn() : e.getMessage());
        }
    }

    /** The input a refused field belongs to: a band's cell by its row, the scale table for the engine's check. */
    static String clientId(String field) {
        Matcher m = PITA.matcher(field);
        if (m.matches()) {
            return "f:pita:" + m.group(1) + ":" + m.group(2);
        }
        if (field.startsWith("skala.pita")) {
            return "f:skala-galat";
        }
        String id = FIELD.get(field);
        return id == null ? null : "f:" + id;
    }

    // ---------------------------------------------------------------------------------------------- for the page

    public PengaturanService.Pengaturan getSaatIni() {
        return saatIni;
    }

    /** The logo as a data address for the preview (CSP allows {@code img-src data:}), or null. */
    public String getLogoPratinjau() {
        return logo == null ? null : "data:image/png;base64," + logo;
    }

    public String labelLapisan(String lapisan) {
        return lapisan == null ? "" : label("pengaturan.lapisan." + lapisan);
    }

    public String labelPilihan(String kunci) {
        return label("pengaturan.pilihan." + kunci);
    }

    public List<Integer> getPilihanDesimal() {
        List<Integer> d = new ArrayList<>();
        for (int i = 0; i <= PengaturanService.DESIMAL_MAKS; i++) {
            d.add(i);
        }
        return d;
    }

    public String getSumberTarget() { return sumberTarget; }
    public void setSumberTarget(String s) { this.sumberTarget = s; }
    public boolean isSkalaSendiri() { return skalaSendiri; }
    public void setSkalaSendiri(boolean s) { this.skalaSendiri = s; }
    public String getNamaSkala() { return namaSkala; }
    public void setNamaSkala(String s) { this.namaSkala = s; }
    public List<Baris> getPita() { return pita; }
    public Integer getDesimal() { return desimal; }
    public void setDesimal(Integer d) { this.desimal = d; }
    public String getModePembulatan() { return modePembulatan; }
    public void setModePembulatan(String s) { this.modePembulatan = s; }
    public String getBatasCapaian() { return batasCapaian; }
    public void setBatasCapaian(String s) { this.batasCapaian = s; }
    public String getPenangananKosong() { return penangananKosong; }
    public void setPenangananKosong(String s) { this.penangananKosong = s; }
    public String getNamaLaporan() { return namaLaporan; }
    public void setNamaLaporan(String s) { this.namaLaporan = s; }
    public String getKepalaDaerah() { return kepalaDaerah; }
    public void setKepalaDaerah(String s) { this.kepalaDaerah = s; }
    public boolean isAdaLogo() { return logo != null; }

}
