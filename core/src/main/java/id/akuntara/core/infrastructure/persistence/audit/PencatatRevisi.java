package id.akuntara.core.infrastructure.persistence.audit;

import id.akuntara.core.infrastructure.persistence.tenancy.PenentuTenant;
import org.hibernate.envers.RevisionListener;

/** Fills the revision's user: the verified username of the request, or the user named by background work. */
public class PencatatRevisi implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revisi) revisionEntity).catatPelaku(PenentuTenant.usernameSaatIni());
    }
}
