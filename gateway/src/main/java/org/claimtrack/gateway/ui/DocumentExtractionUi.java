package org.claimtrack.gateway.ui;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.claimtrack.gateway.extraction.Extraction;
import org.claimtrack.gateway.extraction.ExtractionRequest;
import org.claimtrack.gateway.extraction.ExtractionService;

/**
 * "Propose claims from this text" on a document page. Rooted at /documents like the document pages: the router picks
 * a resource class by its root, so this path under {@link ExtractionUi}'s "/" would answer 404.
 */
@Path("/documents")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class DocumentExtractionUi {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ExtractionService extractions;

    @POST
    @Path("{id}/extract")
    public Response extract(@PathParam("id") String id) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Document").await().atMost(WAIT);
        }
        try {
            Extraction extraction = extractions.start(new ExtractionRequest(id, null));
            return Pages.seeOther("/extractions/" + extraction.id());
        } catch (RuntimeException failure) {
            return Pages.failure(failure, "Document").await().atMost(WAIT);
        }
    }
}
