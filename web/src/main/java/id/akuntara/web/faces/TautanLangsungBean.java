package id.akuntara.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Backs {@code tautan-langsung.xhtml}, where a protected view (faces-config.xml) opened without the session's
 * {@code jakarta.faces.Token} ends up: a bookmark, a typed address, or a link on another site (issue 11 point 7,
 * CSRF). The page answers 403 and offers the refused page again through a link of this session, which carries the
 * token. Only a protected view of this application is offered ({@link TautanLangsungExceptionHandlerFactory} names
 * it), so the page cannot be made to link anywhere else.
 */
@Named("tautanLangsung")
@RequestScoped
public class TautanLangsungBean {

    private String tujuan;

    /** Before rendering: takes the refused view from the session (once) and sets the refusal's status. */
    public void tolak() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        Object diminta = ext.getSessionMap().remove(TautanLangsungExceptionHandlerFactory.TUJUAN);
        if (diminta instanceof String viewId
                && faces.getApplication().getViewHandler().getProtectedViewsUnmodifiable().contains(viewId)) {
            tujuan = viewId;
            if (!ext.isResponseCommitted()) {
                ext.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }

    /** The refused protected view ({@code /realisasi.xhtml}), or null when the page was opened by itself. */
    public String getTujuan() {
        return tujuan;
    }
}
