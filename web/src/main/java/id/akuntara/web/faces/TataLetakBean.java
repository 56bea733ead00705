package id.akuntara.web.faces;

import id.akuntara.core.application.ProfilPengguna;
import id.akuntara.core.application.ProfilPenggunaService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What the header of every page shows: the pemda's name and level, the user's name and roles in the page's
 * language. From the verified token and the pemda's stored row only (the same profile as {@code GET /api/v1/saya}).
 */
@Named("tataLetak")
@RequestScoped
public class TataLetakBean {

    @Inject
    ProfilPenggunaService service;

    @Inject
    BahasaBean bahasa;

    private ProfilPengguna profil;

    public ProfilPengguna getProfil() {
        if (profil == null) {
            profil = service.profil();
        }
        return profil;
    }

    /** "Kota Pangkalpinang (Kota)" style: the pemda's name with its level in the page's language; null without one. */
    public String getPemda() {
        ProfilPengguna.PemdaRingkas pemda = getProfil().pemda();
        return pemda == null ? null : pemda.nama();
    }

    public String getTingkat() {
        ProfilPengguna.PemdaRingkas pemda = getProfil().pemda();
        return pemda == null ? null : label().getString("tingkat." + pemda.tingkat());
    }

    /** The user's Akuntara roles, translated, comma-separated. */
    public String getPeran() {
        ResourceBundle label = label();
        return getProfil().peran().stream()
                .map(p -> label.containsKey("peran." + p) ? label.getString("peran." + p) : p)
                .collect(Collectors.joining(", "));
    }

    private ResourceBundle label() {
        return ResourceBundle.getBundle("id.akuntara.web.faces.label", bahasa.getLocale());
    }
}
