package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.model.Claim;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/** Rendering and the error pages every UI resource shares. */
final class Pages {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final Logger LOG = Logger.getLogger(Pages.class);

    private Pages() {
    }

    static Uni<Response> render(TemplateInstance page) {
        return render(page, 200);
    }

    static Uni<Response> render(TemplateInstance page, int status) {
        return page.createUni().map(body -> Response.status(status).type(HTML).entity(body).build());
    }

    /** Renders on the calling (worker) thread, for blocking resources. */
    static Response html(TemplateInstance page, int status) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    /** Post-redirect-get: after a successful form, the browser loads the result with a GET. */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /**
     * A page about one claim, built from its current record: an id that cannot be one is a 404 without asking the
     * claims-service, and whatever fails on the way (the read, or a write the page makes) is the page for that failure.
     */
    static Uni<Response> aboutClaim(ClaimsReads claims, String id, Function<Claim, Uni<Response>> page) {
        if (!Forms.isId(id)) {
            return notFound("Claim");
        }
        return claims.claim(id).map(RestResponse::getEntity).flatMap(claim -> page.apply(claim))
                .onFailure().recoverWithUni(failure -> failure(failure, "Claim"));
    }

    /** What a reader sees when a page cannot be built: a clear page with the right status, never a stack trace. */
    static Uni<Response> failure(Throwable failure, String what) {
        if (failure instanceof ServiceUnavailable down) {
            UiMessages words = UiText.current();
            return render(Views.error(words.error_unavailable(), words.error_unavailableText(
                    UiFormat.serviceNames(List.of(down.service()), UiText.currentLocale())), List.of(down.service())), 503)
                    .map(r -> Response.fromResponse(r).header("Retry-After", down.getHeaders().get("Retry-After")).build());
        }
        if (failure instanceof HttpProblem problem && problem.getStatusCode() == 404) {
            return notFound(what);
        }
        if (failure instanceof HttpProblem problem && problem.getStatusCode() < 500) {
            return render(Views.error(problem.getTitle(), problem.getDetail() == null ? problem.getTitle() : problem.getDetail(),
                    List.of()), problem.getStatusCode());
        }
        LOG.error("UI page failed", failure);
        return render(Views.error(UiText.current().error_failed(), UiText.current().error_failedText(), List.of()), 500);
    }

    static Uni<Response> notFound(String what) {
        UiMessages words = UiText.current();
        return render(Views.error(words.error_notFound(what), words.error_notFoundText(what.toLowerCase(Locale.ROOT)),
                List.of()), 404);
    }
}
