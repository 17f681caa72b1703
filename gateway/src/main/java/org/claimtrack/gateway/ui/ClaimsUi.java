package org.claimtrack.gateway.ui;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.model.ClaimCounts;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Downstream;

/** The claims list ({@code /}): search, filters in the URL, status chips, one page of claims. */
@Path("/")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ClaimsUi {

    private static final List<ClaimStatus> STATUSES = List.of(ClaimStatus.values());

    @Inject
    ClaimsReads claims;

    @Inject
    UiUser viewer;

    @GET
    public Uni<Response> list(@BeanParam ClaimFilters filters) {
        filters.me = viewer.getName();
        MultivaluedMap<String, String> query = filters.toQuery();
        // The chips count every status under the other filters, so they show where a click leads.
        MultivaluedMap<String, String> countQuery = new MultivaluedHashMap<>(query);
        countQuery.remove("status");
        query.putSingle("page", Integer.toString(filters.pageNumber()));
        query.putSingle("size", Integer.toString(ClaimFilters.PAGE_SIZE));
        // Counts are a convenience: without them the list still shows.
        Uni<ClaimCounts> counts = claims.counts(countQuery).onFailure().recoverWithNull();
        return Uni.combine().all().unis(claims.list(query), counts).asTuple()
                .flatMap(t -> Pages.render(Views.claims(filters, STATUSES, t.getItem1(), Pager.of(t.getItem1()),
                        t.getItem2(), List.of())))
                .onFailure(ServiceUnavailable.class).recoverWithUni(down -> Pages.render(
                        Views.claims(filters, STATUSES, null, null, null, List.of(Downstream.CLAIMS)), 503));
    }
}
