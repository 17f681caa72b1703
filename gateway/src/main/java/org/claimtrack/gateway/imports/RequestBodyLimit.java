package org.claimtrack.gateway.imports;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.claimtrack.contract.BodyLimit;
import org.claimtrack.contract.Problems;

/**
 * Body limits: imports take up to 50 MB ({@code quarkus.http.limits.max-body-size}, the server-wide ceiling), the web
 * UI's forms 16 MB, every other request 2 MB, checked here on Content-Length before anything reads the body, with the
 * same RFC 9457 answer the API gives elsewhere. The forms get more room than their fields allow (a document's text is
 * at most 1,048,576 characters) so that a text over the limit reaches the form's own check and comes back as the form,
 * the text kept and the message beside it, instead of a bare 413 that loses what was typed.
 */
@ApplicationScoped
public class RequestBodyLimit {

    private static final long MB = 1024 * 1024;
    static final long API_MAX_BYTES = 2 * MB;
    static final long UI_FORM_MAX_BYTES = 16 * MB;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            String path = context.request().path();
            String type = context.request().getHeader("Content-Type");
            boolean uiForm = !path.startsWith("/api/") && type != null
                    && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
            long limit = uiForm ? UI_FORM_MAX_BYTES : API_MAX_BYTES;
            if (length != null && !path.startsWith("/api/imports") && BodyLimit.tooLarge(length, limit)) {
                String detail = uiForm ? "A form is limited to %d MB." : "Request bodies are limited to %d MB (imports: 50 MB at /api/imports).";
                context.response().putHeader("Connection", "close");
                Problems.answer(context, 413, BodyLimit.TITLE, detail.formatted(limit / MB));
                return;
            }
            context.next();
        });
    }
}
