package id.akuntara.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pages' messages in the user's language (issue 11: Bahasa Indonesia, English on request): a label of the bundle
 * {@code label} formatted for the page's locale, and the Faces messages a bean adds for the page (one for the page,
 * or one next to a field by its client id). Shared by every page bean.
 */
public final class PesanHalaman {

    private PesanHalaman() {
    }

    /** Whether the page is shown in English (the layout's language switch). */
    public static boolean inggris() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale l = fc == null || fc.getViewRoot() == null ? null : fc.getViewRoot().getLocale();
        return l != null && "en".equals(l.getLanguage());
    }

    /** The bundle's text for {@code kunci} in the page's language, with {@code arg} put in its {0}, {1} … */
    public static String label(String kunci, Object... arg) {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale l = fc == null || fc.getViewRoot() == null ? Locale.forLanguageTag("id") : fc.getViewRoot().getLocale();
        String pola = ResourceBundle.getBundle("id.akuntara.web.faces.label", l).getString(kunci);
        return arg.length == 0 ? pola : new MessageFormat(pola, l).format(arg);
    }

    /** A message for the whole page (the layout's message area). */
    public static void info(String teks) {
        tambah(null, FacesMessage.SEVERITY_INFO, teks);
    }

    /** An error next to the field {@code clientId} (null: for the whole page). */
    public static void galat(String clientId, String teks) {
        tambah(clientId, FacesMessage.SEVERITY_ERROR, teks);
    }

    private static void tambah(String clientId, FacesMessage.Severity s, String teks) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(s, teks, teks));
    }
}
