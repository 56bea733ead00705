package id.akuntara.web.faces;

import id.akuntara.core.application.ProfilPengguna;
import id.akuntara.core.application.ProfilPenggunaService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the start page: the same profile as {@code GET /api/v1/saya}. */
@Named("beranda")
@RequestScoped
public class BerandaBean {

    @Inject
    ProfilPenggunaService service;

    private ProfilPengguna profil;

    public ProfilPengguna getProfil() {
        if (profil == null) {
            profil = service.profil();
        }
        return profil;
    }

    public String getPeran() {
        return String.join(", ", getProfil().peran());
    }
}
