package org.claimtrack.gateway.ui;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The source's delete confirmation (DeletionUi), under the source pages' root. */
@Path("/sources")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class SourceDeletionUi {

    @Inject
    DeletionUi deletions;

    @GET
    @Path("{id}/delete")
    public Uni<Response> page(@PathParam("id") String id) {
        return deletions.sourcePage(id);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> delete(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return deletions.deleteSource(id, form);
    }
}
