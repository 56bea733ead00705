package id.akuntara.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages for this session: Bahasa Indonesia unless the user switches to English in the layout's
 * header (issue 11: "language switch (id default, en)"). Every label comes from the bundle {@code label} in this
 * locale; numbers keep the Indonesian format in both languages, as the reports do.
 */
@Named("bahasa")
@SessionScoped
public class BahasaBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Locale INDONESIA = Locale.forLanguageTag("id");

    private Locale locale = INDONESIA;

    /**
     * The session's language; a request with {@code ?bahasa=en} or {@code ?bahasa=id} (the header's links) switches it
     * first. A plain link rather than a form: it needs no script and no CSP nonce, and only the preference changes.
     */
    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String diminta = faces == null ? null : faces.getExternalContext().getRequestParameterMap().get("bahasa");
        if ("en".equals(diminta) || "id".equals(diminta)) {
            pilih(diminta);
        }
        return locale;
    }

    /** {@code id} or {@code en}, for the page's {@code lang} attribute. */
    public String getKode() {
        return getLocale().getLanguage();
    }

    /** Switches the language; any code other than {@code en} means Bahasa Indonesia. */
    public void pilih(String kode) {
        locale = "en".equals(kode) ? Locale.ENGLISH : INDONESIA;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }
}
