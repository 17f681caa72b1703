package org.claimtrack.contract;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The database's own guards, for races the service's checks cannot see: two writers on the same
 * version (412) or the same unique key (409). The problem never carries the SQL or the constraint.
 */
public final class PersistenceErrors {

    @ServerExceptionMapper(value = {OptimisticLockException.class, StaleStateException.class}, priority = 1)
    public Response concurrentUpdate(RuntimeException e, UriInfo uriInfo) {
        return Problems.render(Problems.of(Status.PRECONDITION_FAILED,
                "Someone changed this record at the same moment; read it again and retry"), e, uriInfo);
    }

    @ServerExceptionMapper(value = ConstraintViolationException.class, priority = 1)
    public Response constraint(ConstraintViolationException e, UriInfo uriInfo) {
        return Problems.render(Problems.of(Status.CONFLICT,
                "The write conflicts with a record written at the same moment (duplicate or still referenced); read and retry"),
                e, uriInfo);
    }

}
