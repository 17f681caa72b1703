package org.claimtrack.claims.rest.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The database's unique keys catch the one race the service's own checks cannot see (two writers
 * inserting the same natural key at the same moment): 409, never the SQL or the constraint name.
 */
public final class PersistenceErrors {

    @ServerExceptionMapper(value = ConstraintViolationException.class, priority = 1)
    public Response constraint(ConstraintViolationException e, UriInfo uriInfo) {
        return Problems.render(Problems.of(Status.CONFLICT,
                "The write conflicts with a record written at the same moment (duplicate); read and retry"), e, uriInfo);
    }
}
