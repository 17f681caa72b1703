package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.claimtrack.gateway.rest.RequestProblems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A path nothing answers: a browser asking for a page (HTML, outside {@code /api} and {@code /q}) gets the UI's "Page
 * not found" page, with the header that leads back; every other client the RFC 9457 problem, as before. Only routing
 * throws NotFoundException (our own code throws HttpProblems), so a record that does not exist keeps its own page.
 */
public class UnknownPages {

    @ServerExceptionMapper(priority = 1)
    public Uni<Response> unknownPath(NotFoundException routing, UriInfo uri, HttpHeaders headers) {
        if (isPage(uri.getPath(), headers)) {
            return Pages.notFound("Page");
        }
        return Uni.createFrom().item(RequestProblems.render(HttpProblem.builder().withTitle("Not Found").withStatus(404)
                .build(), routing, uri));
    }

    static boolean isPage(String path, HttpHeaders headers) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return !relative.startsWith("api/") && !relative.equals("api") && !relative.startsWith("q/")
                && headers.getAcceptableMediaTypes().stream().anyMatch(m -> !m.isWildcardType() && m.isCompatible(MediaType.TEXT_HTML_TYPE));
    }
}
