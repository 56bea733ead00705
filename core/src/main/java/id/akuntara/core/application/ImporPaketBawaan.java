package id.akuntara.core.application;

import id.akuntara.core.infrastructure.paket.MuatPaketBawaan;
import id.akuntara.core.paket.PaketTidakSahException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * One built-in package into one pemda, in one transaction (see {@link MuatPaketBawaan}). Called by
 * {@link PemuatPaketBawaan} inside {@code KerjaLatar.jalankan} for that pemda, so the transaction's tenant is set
 * explicitly before it begins.
 */
@ApplicationScoped
public class ImporPaketBawaan {

    @PersistenceContext(unitName = "akuntara")
    EntityManager em;

    @Transactional(rollbackOn = PaketTidakSahException.class)
    public MuatPaketBawaan.Hasil muat(String kodePemda, String sumber, String json) {
        return new MuatPaketBawaan(em).muat(kodePemda, sumber, json);
    }
}
