package org.claimtrack.contract;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * ETag / If-Match, the lost-update guard of every service. An entity's strong ETag is its version in
 * quotes ({@code "3"}). Updates and deletes must send {@code If-Match} with the version they read:
 * missing → 428, not the current version → 412 (which carries the current ETag). {@code If-Match: *}
 * matches any existing version; weak tags ({@code W/"3"}) never match (strong comparison, RFC 9110).
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the entity and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(etag(version)).build();
    }

    /** 201 with the created entity, its Location (the request URL and the id) and its ETag. */
    public static Response created(UriInfo uri, UUID id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).tag(etag(version)).entity(body)
                .build();
    }

    /** Fails with 428 when the header is absent; returns it otherwise. Call before touching the entity. */
    public static String requireIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.of(Status.PRECONDITION_REQUIRED,
                    "This update needs an If-Match header with the ETag you read (e.g. If-Match: \"0\"), so that it cannot overwrite a change you have not seen");
        }
        return ifMatch;
    }

    /**
     * For writes to a part of an entity that cannot be lost by a concurrent change (a retraction is written once): an
     * If-Match given is checked, none is accepted.
     */
    public static void checkIfGiven(String ifMatch, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            check(ifMatch, currentVersion);
        }
    }

    /** Fails with 412 (and the current ETag) unless {@code ifMatch} lists the current version. */
    public static void check(String ifMatch, long currentVersion) {
        if (!matches(ifMatch, currentVersion)) {
            throw HttpProblem.builder().withStatus(Status.PRECONDITION_FAILED)
                    .withTitle(Status.PRECONDITION_FAILED.getReasonPhrase())
                    .withDetail("If-Match " + ifMatch.trim() + " does not match the current version " + currentVersion
                            + ": someone changed it since you read it; read it again and retry")
                    .withHeader(HttpHeaders.ETAG, etag(currentVersion).toString())
                    .build();
        }
    }

    static boolean matches(String ifMatch, long currentVersion) {
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
