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

/** The document's delete confirmation (DeletionUi), under the document pages' root. */
@Path("/documents")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class DocumentDeletionUi {

    @Inject
    DeletionUi deletions;

    @GET
    @Path("{id}/delete")
    public Uni<Response> page(@PathParam("id") String id) {
        return deletions.documentPage(id);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> delete(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return deletions.deleteDocument(id, form);
    }
}
