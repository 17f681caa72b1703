package org.claimtrack.gateway.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ServiceUnavailable;
import org.claimtrack.gateway.model.ClaimCounts;
import org.claimtrack.gateway.model.ClaimReview;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Downstream;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.StatusReport;
import org.claimtrack.gateway.service.ClaimReviewService;
import org.claimtrack.gateway.service.DossierService;

/** The claims list ({@code /}) and the claim dossier ({@code /claims/{id}}), read-only pages. */
@Path("/")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ClaimsUi {

    private static final List<ClaimStatus> STATUSES = List.of(ClaimStatus.values());

    @Inject
    ClaimsReads claims;

    @Inject
    DossierService dossiers;

    @Inject
    ClaimReviewService reviews;

    @Inject
    ObjectMapper json;

    @GET
    public Uni<Response> list(@BeanParam ClaimFilters filters) {
        MultivaluedMap<String, String> query = query(filters);
        MultivaluedMap<String, String> countQuery = new MultivaluedHashMap<>(query);
        countQuery.remove("status");
        countQuery.remove("page");
        countQuery.remove("size");
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

    @GET
    @Path("claims/{id}")
    public Uni<Response> dossier(@PathParam("id") String id, @QueryParam("asOf") String asOfInput) {
        if (!id.matches(Ids.UUID_PATTERN)) {
            return Pages.notFound("Claim");
        }
        AsOf asOf = AsOf.parse(asOfInput);
        return dossiers.dossier(id).flatMap(tagged -> {
            DossierView view = new DossierView(tagged.dossier());
            Uni<StatusReport> status = asOf.query() == null ? Uni.createFrom().item(tagged.dossier().status())
                    : claims.status(id, asOf.query());
            Uni<String> jsonLd = view.verdicts().isEmpty() ? Uni.createFrom().nullItem()
                    : reviews.review(id).map(this::jsonLd).onFailure().recoverWithNull();
            return Uni.combine().all().unis(status, jsonLd).asTuple().flatMap(t -> {
                List<Downstream> degraded = new ArrayList<>(tagged.dossier().degraded());
                return Pages.render(Views.dossier(view, t.getItem1(), asOf, t.getItem2(), degraded));
            });
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }

    /** The status panel alone, for the as-of control's in-place update. */
    @GET
    @Path("claims/{id}/status-panel")
    public Uni<Response> statusPanel(@PathParam("id") String id, @QueryParam("asOf") String asOfInput) {
        if (!id.matches(Ids.UUID_PATTERN)) {
            return Pages.notFound("Claim");
        }
        AsOf asOf = AsOf.parse(asOfInput);
        return claims.status(id, asOf.query()).flatMap(status -> Pages.render(Views.statusPanel(status)))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Claim"));
    }

    /**
     * ClaimReview as a JSON-LD data block. The block is not executed, but the HTML parser still ends it at
     * {@code </script>}: every {@code <} is written as its JSON escape so no text in it can close the block.
     */
    String jsonLd(ClaimReview review) {
        try {
            return json.writeValueAsString(review).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException("ClaimReview cannot be written as JSON", unexpected);
        }
    }

    private static MultivaluedMap<String, String> query(ClaimFilters filters) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        putIfPresent(query, "q", filters.q());
        putIfPresent(query, "status", filters.status() == null ? null : filters.status().name());
        putIfPresent(query, "party", filters.party());
        putIfPresent(query, "tag", filters.tag());
        putIfPresent(query, "topic", filters.topic());
        putIfPresent(query, "language", filters.language());
        return query;
    }

    private static void putIfPresent(MultivaluedMap<String, String> query, String name, String value) {
        if (value != null) {
            query.putSingle(name, value);
        }
    }
}
