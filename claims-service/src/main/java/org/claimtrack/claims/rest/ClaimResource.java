package org.claimtrack.claims.rest;

import org.claimtrack.claims.api.ClaimInput;
import org.claimtrack.claims.api.ClaimView;
import org.claimtrack.claims.api.Lists;
import jakarta.transaction.Transactional;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.WorkStatus;
import org.claimtrack.contract.PageRequest;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.QueryParams;
import org.claimtrack.contract.ServiceWrite;
import org.claimtrack.contract.IfMatch;
import org.claimtrack.contract.Versions;
import org.claimtrack.contract.Actor;
import org.claimtrack.claims.service.BatchImport;
import org.claimtrack.claims.service.ClaimFilter;
import org.claimtrack.claims.service.ClaimQueries;
import org.claimtrack.claims.service.ClaimService;
import org.claimtrack.claims.service.History;
import org.claimtrack.claims.service.ListCursor;
import org.claimtrack.claims.service.SimilarClaims;
import org.claimtrack.claims.service.StatusKeeper;
import org.claimtrack.claims.service.VerdictService;
import org.claimtrack.claims.status.VerificationStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import org.jboss.resteasy.reactive.RestResponse;

/** Claims: create, read, update, delete, list and count with filters, similar claims, history. */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Checkable statements with their stored verification status.")
public class ClaimResource {

    private final ClaimService claims;
    private final ClaimQueries queries;
    private final SimilarClaims similar;
    private final History history;
    private final StatusKeeper status;
    private final VerdictService verdicts;
    private final BatchImport batches;

    public ClaimResource(ClaimService claims, ClaimQueries queries, SimilarClaims similar, History history,
            StatusKeeper status, VerdictService verdicts, BatchImport batches) {
        this.verdicts = verdicts;
        this.batches = batches;
        this.claims = claims;
        this.queries = queries;
        this.similar = similar;
        this.history = history;
        this.status = status;
    }

    @POST
    @ServiceWrite
    @Transactional // the response is built from the written entities in the same session
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClaim", summary = "Create a claim",
            description = "Creates a claim (status UNSOURCED until stances are added). The text must be unique after folding case, "
                    + "whitespace and final punctuation.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers set.",
            headers = @Header(name = "ETag", description = "The claim's version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", description = "A claim with this text exists (existingId names it).")
    public Response create(ClaimInput input, @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor, UriInfo uri) {
        Claim claim = claims.create(requireBody(input), Actor.of(actor));
        return Versions.created(uri, claim.id, ClaimView.of(claim), claim.version);
    }

    @GET
    @Operation(operationId = "listClaims", summary = "List claims",
            description = "Claims matching every given filter, with their stored status, credibility and stance counts. "
                    + "q searches text, headline and tags in every language (docs/search.md): every word is required, in any "
                    + "inflection for languages with stemming (soldiers = soldier), \"quoted phrases\" as phrases, words "
                    + "inside unsegmented Chinese, Japanese and Thai text, numbers with or without thousands separators "
                    + "(100,000 = 100000); sort=relevance ranks by BM25.")
    @APIResponse(responseCode = "200", description = "A page of claims.")
    @APIResponse(responseCode = "400", description = "A filter, sort, page or cursor parameter is invalid (errors names it).")
    public Lists.ClaimPage list(@BeanParam Filters filters, @BeanParam PageRequest page,
            @QueryParam("sort") @Parameter(description = "updatedAt,desc (default), updatedAt,asc, createdAt,desc, createdAt,asc "
                    + "or relevance (best match of q first; without q the same as updatedAt,desc).",
                    schema = @Schema(enumeration = {"updatedAt,desc", "updatedAt,asc", "createdAt,desc", "createdAt,asc", "relevance"}))
            String sort,
            @QueryParam(ListCursor.PARAMETER) @Parameter(description = CURSOR, example = Lists.CLAIM_CURSOR_EXAMPLE) String cursor) {
        ClaimQueries.Sort order = sort(sort);
        ClaimFilter filter = filters.toFilter();
        int size = page.size();
        int number = page.page(); // 0 with a cursor: decode refuses any other
        ListCursor after = ListCursor.decode(cursor, order.param, number);
        ClaimQueries.Page<Claim> result = queries.claims(filter, order, after, number, size);
        return new Lists.ClaimPage(result.items().stream().map(ClaimView::of).toList(), number, size, result.total(),
                result.nextCursor());
    }

    static final String CURSOR = "Where the page starts: the `next` of the page before, as it was returned, with the same "
            + "sort (and filters). Pages by keyset, so deep pages cost what the first does and claims written meanwhile "
            + "neither shift nor repeat items; not with page > 0. With sort=relevance and q there is no cursor (page by number).";

    /** If-Match of a write to one of a claim's stances or verdicts, which are part of the claim's version. */
    static final String POSITION_IF_MATCH = "Optional: the claim's ETag read, e.g. \"3\"; checked when given (412), "
            + "never required, so adding evidence or editing the claim meanwhile is no conflict.";

    @POST
    @Path("/batch")
    @ServiceWrite
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Batches")
    @Operation(operationId = "createClaimsBatch", summary = "Create claims in a batch",
            description = "Up to 1,000 ClaimInput items. Natural key: the text folded for case, whitespace and final punctuation; an existing one is UNCHANGED.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimInput.class, maxItems = 1000)))
    @APIResponse(responseCode = "200", description = "One result per item, in input order.")
    @APIResponse(responseCode = "400", description = "The body is not an array of at most 1,000 objects.")
    public Lists.BatchResult claims(List<JsonNode> items, @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        return new Lists.BatchResult(batches.claims(items, Actor.of(actor)));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countClaims", summary = "Count claims per status",
            description = "Number of claims per status under the same filters as the list; every status is present.")
    @APIResponse(responseCode = "200", description = "Counts.")
    @APIResponse(responseCode = "400", description = "A filter is invalid.")
    public Lists.ClaimCounts counts(@BeanParam Filters filters) {
        Map<VerificationStatus, Long> byStatus = queries.countsByStatus(filters.toFilter());
        return new Lists.ClaimCounts(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
    }

    @GET
    @Path("/similar")
    @Operation(operationId = "findSimilarClaims", summary = "Find claims similar to a text",
            description = "Lexical similarity for \"this claim may already exist\" warnings, most similar first: candidates by "
                    + "more-like-this over the search index, scored by the IDF-weighted share of words in common (1 = the same words; "
                    + "any language, numbers normalised).")
    @APIResponse(responseCode = "200", description = "Similar claims with scores.")
    @APIResponse(responseCode = "400", description = "text is missing or limit is out of range.")
    public Lists.SimilarClaims similar(
            @QueryParam("text") @Parameter(required = true, description = "The text to compare, 1..1000 characters.",
                    example = "Russia deployed 100000 troops on the Ukrainian border") String text,
            @QueryParam("limit") @Parameter(description = "1..50, default 5.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "5")) String limit) {
        if (text == null || text.isBlank() || text.length() > 1000) {
            throw Problems.badField("text", "must be 1 to 1000 characters");
        }
        int max = QueryParams.intIn("limit", limit, 1, 50, 5);
        return new Lists.SimilarClaims(similar.similarTo(text, max).stream()
                .map(m -> new Lists.SimilarClaim(m.claim().id, m.claim().text, m.claim().status, m.score())).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim", summary = "Get a claim", description = "The claim with its stored status; ETag = version.")
    @APIResponse(responseCode = "200", description = "The claim.",
            headers = @Header(name = "ETag", description = "The claim's version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    public Response get(@PathParam("id") UUID id) {
        Claim claim = claims.read(id);
        return Versions.ok(ClaimView.of(claim), claim.version);
    }

    @PUT
    @Path("/{id}")
    @ServiceWrite
    @Transactional // the response is built from the written entities in the same session
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateClaim", summary = "Replace a claim's fields",
            description = "Replaces text, headline, topic, tags, language and eventTime. Needs If-Match with the ETag read. "
                    + "Stances, verdicts and the status are kept; the history records what changed.")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", description = "The new version in quotes.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    @APIResponse(responseCode = "409", description = "Another claim has this text (existingId names it).")
    public Response update(@PathParam("id") UUID id, ClaimInput input,
            @BeanParam IfMatch ifMatch,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        Claim claim = claims.update(id, ifMatch.required(), requireBody(input), Actor.of(actor));
        return Versions.ok(ClaimView.of(claim), claim.version);
    }

    @DELETE
    @Path("/{id}")
    @ServiceWrite
    @Transactional // the response is built from the written entities in the same session
    @Operation(operationId = "deleteClaim", summary = "Delete a claim",
            description = "Deletes the claim with its stances and verdicts. Needs If-Match. The history is kept.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", description = "reason is longer than 300 characters.")
    @APIResponse(responseCode = "404", description = "No claim with this id.")
    public RestResponse<Void> delete(@PathParam("id") UUID id,
            @BeanParam IfMatch ifMatch,
            @QueryParam("reason") @Parameter(description = "Why, for the history kept after the delete (at most 300 characters).",
                    example = "Duplicate of another claim") String reason,
            @HeaderParam(ServiceWrite.ACTOR_HEADER) String actor) {
        claims.delete(id, ifMatch.required(), HistoryReason.of(reason), Actor.of(actor));
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getClaimHistory", summary = "Get a claim's history",
            description = "Every change to the claim, its stances and verdicts, with time and actor, oldest first. Kept after the claim is deleted.")
    @APIResponse(responseCode = "200", description = "The history.")
    @APIResponse(responseCode = "404", description = "No claim with this id has ever existed.")
    public Lists.History history(@PathParam("id") UUID id) {
        var entries = history.of(id);
        if (entries.isEmpty()) {
            throw Problems.notFound("Claim", id);
        }
        return new Lists.History(entries.stream()
                .map(e -> new Lists.HistoryItem(e.at, e.actor, e.action, history.details(e))).toList());
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw Problems.badField("body", "a JSON object is required");
        }
        return body;
    }

    static ClaimQueries.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return ClaimQueries.Sort.UPDATED_DESC;
        }
        return Arrays.stream(ClaimQueries.Sort.values()).filter(s -> s.param.equals(sort.strip())).findFirst()
                .orElseThrow(() -> Problems.badField("sort", "must be one of " + Arrays.stream(ClaimQueries.Sort.values())
                        .map(s -> s.param).collect(Collectors.joining(", "))));
    }

    /** The filters shared by the list and the counts. */
    public static class Filters {

        @QueryParam("q")
        @Parameter(description = "Words of text, headline or tags, all required, any language and inflection, \"quoted phrases\"; 100,000 = 100000.",
                example = "100,000 soldiers")
        String q;

        @QueryParam("status")
        @Parameter(description = "Repeatable: any of these statuses.",
                schema = @Schema(type = SchemaType.ARRAY, implementation = VerificationStatus.class))
        List<String> status;

        @QueryParam("sourceId")
        @Parameter(description = "Claims with a stance of this source.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
        String sourceId;

        @QueryParam("party")
        @Parameter(description = "Claims that this party (affiliation, case-insensitive) asserts or denies.", example = "Russia")
        String party;

        @QueryParam("tag")
        @Parameter(description = "Claims with this tag.")
        String tag;

        @QueryParam("topic")
        @Parameter(description = "Claims with this topic.")
        String topic;

        @QueryParam("language")
        @Parameter(description = "Claims in this language (BCP 47).", example = "en")
        String language;

        @QueryParam("updatedSince")
        @Parameter(description = "Claims updated at or after this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        String updatedSince;

        @QueryParam("workStatus")
        @Parameter(description = "Repeatable: any of these work statuses.",
                schema = @Schema(type = SchemaType.ARRAY, implementation = WorkStatus.class))
        List<String> workStatus;

        @QueryParam("assignee")
        @Parameter(description = "Claims assigned to this gateway user.", example = "maria")
        String assignee;

        @QueryParam("overdue")
        @Parameter(description = "true: due before today (UTC) and neither published nor archived; false: the others.",
                schema = @Schema(type = SchemaType.BOOLEAN))
        String overdue;

        ClaimFilter toFilter() {
            Set<VerificationStatus> statuses = anyOf("status", status, VerificationStatus.class);
            Set<WorkStatus> workStatuses = anyOf("workStatus", workStatus, WorkStatus.class);
            if (assignee != null && assignee.strip().length() > 100) {
                throw Problems.badField("assignee", "must be at most 100 characters");
            }
            return new ClaimFilter(q, statuses, QueryParams.uuid("sourceId", sourceId), party, tag, topic, language,
                    QueryParams.instant("updatedSince", updatedSince),
                    new ClaimFilter.Work(workStatuses, assignee, overdue(overdue), WorkStatus.today()));
        }

        /** A repeatable enum parameter, each value also comma-separated; none given: the empty set. */
        private static <E extends Enum<E>> Set<E> anyOf(String name, List<String> values, Class<E> type) {
            Set<E> any = EnumSet.noneOf(type);
            if (values != null) {
                values.stream().flatMap(s -> Arrays.stream(s.split(","))).filter(s -> !s.isBlank())
                        .forEach(s -> any.add(QueryParams.enumValue(name, s, type)));
            }
            return any;
        }

        private static Boolean overdue(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return switch (value.strip()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw Problems.badField("overdue", "must be true or false");
            };
        }
    }
}
