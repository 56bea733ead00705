package id.akuntara.web.faces;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * Remembers which protected view was refused (a GET without the session's token, faces-config.xml) before
 * PrimeFaces' exception handler redirects to {@code tautan-langsung.xhtml}: after the redirect the request no longer
 * names it, and the page offers it again through a link of the session ({@link TautanLangsungBean}). Declared after
 * PrimeFaces' factory in faces-config.xml, so it wraps it; every exception still goes on to PrimeFaces.
 */
public class TautanLangsungExceptionHandlerFactory extends ExceptionHandlerFactory {

    /** Session attribute holding the refused view id until the page has read it. */
    static final String TUJUAN = TautanLangsungExceptionHandlerFactory.class.getName() + ".tujuan";

    public TautanLangsungExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Penanda(getWrapped().getExceptionHandler());
    }

    private static final class Penanda extends ExceptionHandlerWrapper {

        Penanda(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                for (Throwable t = event.getContext().getException(); t != null; t = t.getCause()) {
                    if (t instanceof ProtectedViewException) {
                        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
                        ext.getSessionMap().put(TUJUAN, ext.getRequestServletPath());
                        break;
                    }
                }
            }
            super.handle();
        }
    }
}
