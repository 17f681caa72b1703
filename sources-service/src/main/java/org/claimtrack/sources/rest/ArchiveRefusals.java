package org.claimtrack.sources.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.claimtrack.contract.FieldError;
import org.claimtrack.contract.Problems;
import org.claimtrack.sources.archive.FetchRefused;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A page that was not archived is the client's to fix (another address, another page): a 422 naming the url field,
 * why in words, and the reason as a code ({@code refusal}) a client can act on. Nothing is written.
 */
public class ArchiveRefusals {

    @ServerExceptionMapper
    public Response refused(FetchRefused refused, UriInfo uriInfo) {
        String detail = "The page was not archived: " + refused.getMessage();
        HttpProblem problem = HttpProblem.builder().withStatus(422).withTitle("Unprocessable Content").withDetail(detail)
                .with("refusal", refused.reason().name())
                .with("errors", List.of(new FieldError("url", refused.getMessage()))).build();
        return Problems.render(problem, refused, uriInfo);
    }
}
