package org.claimtrack.gateway.ui;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.DownstreamProblem;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.model.ClaimCounts;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.ratelimit.CostlyReadFilter;
import org.claimtrack.gateway.ratelimit.ReadRateLimits;

/** The claims list ({@code /}): search, filters in the URL, status chips, one page of claims. */
@Path("/")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ClaimsUi {

    private static final List<ClaimStatus> STATUSES = List.of(ClaimStatus.values());

    @Inject
    ClaimsReads claims;

    @Inject
    ReadRateLimits limits;

    @Inject
    SecurityIdentity identity;

    @Inject
    UiUser viewer;

    @GET
    public Uni<Response> list(@BeanParam ClaimFilters filters, @Context HttpServerRequest http) {
        filters.me = viewer.getName();
        if (filters.q() != null) {
            // a text search costs what an API search costs, so it counts against the same limit (CostlyRead)
            OptionalLong retryAfter = limits.admit(identity, http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
            if (retryAfter.isPresent()) {
                return Pages.render(Views.error("Too many searches", CostlyReadFilter.tooMany(retryAfter.getAsLong()),
                        List.of()), 429).map(r -> Response.fromResponse(r).header("Retry-After", retryAfter.getAsLong()).build());
            }
        }
        MultivaluedMap<String, String> query = filters.toQuery();
        // The chips count every status under the other filters, so they show where a click leads.
        MultivaluedMap<String, String> countQuery = new MultivaluedHashMap<>(query);
        countQuery.remove("status");
        if (filters.cursor() != null) {
            query.putSingle("cursor", filters.cursor()); // the page number in the address only numbers the page
        } else {
            query.putSingle("page", Integer.toString(filters.pageNumber()));
        }
        query.putSingle("size", Integer.toString(ClaimFilters.PAGE_SIZE));
        // Counts are a convenience: without them the list still shows.
        Uni<ClaimCounts> counts = claims.counts(countQuery).onFailure().recoverWithNull();
        return Uni.combine().all().unis(claims.list(query), counts).asTuple()
                .flatMap(t -> Pages.render(Views.claims(filters, STATUSES, t.getItem1(), Pager.of(t.getItem1(), filters.pageNumber()),
                        t.getItem2(), List.of())))
                .onFailure(ServiceUnavailable.class).recoverWithUni(down -> Pages.render(
                        Views.claims(filters, STATUSES, null, null, null, List.of(Downstream.CLAIMS)), 503))
                // a cursor the list refuses (a mangled link, or one from before an upgrade): the same filters from the start
                .onFailure(refused -> filters.cursor() != null && refused instanceof DownstreamProblem problem
                        && problem.getStatusCode() == 400).recoverWithItem(() -> Response.seeOther(URI.create(filters.atPage(0))).build());
    }
}
