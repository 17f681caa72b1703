package org.claimtrack.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import org.claimtrack.contract.PageRequest;
import org.claimtrack.gateway.client.ClaimsReads;
import org.claimtrack.gateway.client.ClaimsWrites;
import org.claimtrack.gateway.client.VerdictWrite;
import org.claimtrack.gateway.model.Claim;
import org.claimtrack.gateway.model.ClaimCounts;
import org.claimtrack.gateway.model.ClaimInput;
import org.claimtrack.gateway.model.ClaimReview;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.Dossier;
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.model.History;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.Page;
import org.claimtrack.gateway.model.SimilarClaims;
import org.claimtrack.gateway.model.Stance;
import org.claimtrack.gateway.model.StanceInput;
import org.claimtrack.gateway.model.StatusReport;
import org.claimtrack.gateway.model.Verdict;
import org.claimtrack.gateway.model.Retraction;
import org.claimtrack.gateway.model.Withdrawal;
import org.claimtrack.gateway.model.VerdictInput;
import org.claimtrack.gateway.ratelimit.CostlyRead;
import org.claimtrack.gateway.service.ClaimReviewService;
import org.claimtrack.gateway.service.DossierService;
import org.claimtrack.gateway.service.DossierTag;
import org.claimtrack.gateway.service.StanceWriteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Checkable statements, their stances, verdicts and verification status.")
public class ClaimResource {

    static final String DOSSIER_ETAG = "Weak: the claim's version, then a digest of everything the dossier joins (the "
            + "claim's record, its sources, documents and publishers, party chains), so it changes when any of them does. "
            + "Send it as `If-None-Match` to re-read cheaply, or as `If-Match` to write the claim (its version part counts)";

    static final String RATE_LIMITED_SEARCH = "Too many text searches (with `q`) from this client: rate limited (see Retry-After)";

    @Inject
    ClaimsReads claims;

    @Inject
    ClaimsWrites writes;

    @Inject
    DossierService dossiers;

    @Inject
    StanceWriteService stances;

    @Inject
    ClaimReviewService reviews;

    @Inject
    UriInfo uri;

    @Inject
    SecurityIdentity identity;

    @GET
    @CostlyRead(whenQueryParam = "q")
    @APIResponse(responseCode = "429", description = RATE_LIMITED_SEARCH)
    @Operation(operationId = "listClaims", summary = "List claims",
            description = "A page of claims with status, credibility, stance counts and the asserting and denying parties. "
                    + "Costs one claims-service call whatever the page size.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    public Uni<Page<Claim>> list(@Valid @BeanParam ClaimQuery filters,
            @Parameter(description = "Only these statuses (repeatable)", schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimStatus.class))
            @QueryParam("status") List<@Pattern(regexp = Params.STATUS, message = Params.STATUS_MESSAGE) String> status,
            @Parameter(description = "Order; relevance ranks by how well the claim matches q (BM25), and without q is updatedAt,desc",
                    schema = @Schema(enumeration = {"updatedAt,desc", "updatedAt,asc", "createdAt,desc", "createdAt,asc", "relevance"}))
            @QueryParam("sort") @Pattern(regexp = Params.SORT, message = Params.SORT_MESSAGE) String sort,
            @BeanParam PageRequest page,
            @Parameter(description = Params.CURSOR, example = Page.NEXT_EXAMPLE)
            @QueryParam("cursor") String cursor) {
        MultivaluedMap<String, String> query = filters.downstream(identity);
        // the cursor is the claims-service's, passed as it came: that service checks it (400 naming `cursor`)
        query.putAll(Params.query("status", status, "sort", sort, "page", page.page(), "size", page.size(), "cursor", cursor));
        return claims.list(query);
    }

    @GET
    @Path("/counts")
    @CostlyRead(whenQueryParam = "q")
    @APIResponse(responseCode = "429", description = RATE_LIMITED_SEARCH)
    @Operation(operationId = "countClaims", summary = "Count claims per status",
            description = "How many claims match the filters, in total and per status.")
    @APIResponse(responseCode = "200", description = "The counts")
    public Uni<ClaimCounts> counts(@Valid @BeanParam ClaimQuery filters) {
        return claims.counts(filters.downstream(identity));
    }

    @GET
    @Path("/similar")
    @CostlyRead
    @APIResponse(responseCode = "429", description = "Too many costly reads from this client: rate limited (see Retry-After)")
    @Operation(operationId = "findSimilarClaims", summary = "Find claims similar to a text",
            description = "Claims whose text is close to the given one, best first; use it before creating a claim.")
    @APIResponse(responseCode = "200", description = "Similar claims")
    public Uni<SimilarClaims> similar(
            @Parameter(description = "The text to compare", required = true, example = Examples.CLAIM_TEXT)
            @QueryParam("text") @NotBlank @Size(max = 1000) String text,
            @Parameter(description = "How many", example = "5", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "5"))
            @QueryParam("limit") @DefaultValue("5") @Pattern(regexp = Params.WHOLE_NUMBER, message = Params.WHOLE_NUMBER_MESSAGE) @Min(1) @Max(50) String limit) {
        return claims.similar(text, Params.number(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaimDossier", summary = "Read a claim's dossier",
            description = "The claim; its status with evidence, credibility, explanation and rules version; every stance "
                    + "with its source's current record, quote, selector, document and statedAt; verdicts, latest first; "
                    + "similar claims. When the sources-service is unreachable the dossier still answers with "
                    + "`degraded: [\"sources\"]` and the source and document fields absent; when the similar-claims "
                    + "search fails or is too slow, with `degraded: [\"similar\"]` and `similar` absent. With `asOf`, the "
                    + "dossier as it stood then: the status as of that instant, and only the stances stated and verdicts given "
                    + "by then (`afterAsOf` counts the ones left out). `evidenceSinceVerdict` says when stances were added or "
                    + "retracted after the verdict that counts was given. With `explain=partyChains`, every source in "
                    + "`status.evidence` carries `partyChain`: how its root party was decided, from the source through "
                    + "its memberOf sources, its party and the parent parties to the root party (one more batched "
                    + "sources-service read; absent and `degraded: [\"sources\"]` when that service cannot answer).")
    @APIResponse(responseCode = "200", description = "The dossier",
            headers = @Header(name = "ETag", description = DOSSIER_ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: `If-None-Match` names the dossier's current ETag "
            + "(nothing it joins changed); no body",
            headers = @Header(name = "ETag", description = DOSSIER_ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`asOf` is not an ISO-8601 instant, or `explain` is not `partyChains`")
    @APIResponse(responseCode = "404", description = "No claim with this id")
    public Uni<RestResponse<Dossier>> dossier(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id,
            @Parameter(description = "Show the dossier as of this instant", example = "2021-12-30T09:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("asOf") String asOf,
            @Parameter(description = "More explanation in the status: `partyChains` adds to every evidence source its "
                    + "`partyChain`, the steps from the source to the root party it counts for (memberOf sources, "
                    + "its party, parent parties). Absent: no chains.", example = Params.EXPLAIN,
                    schema = @Schema(type = SchemaType.STRING, enumeration = Params.EXPLAIN))
            @QueryParam("explain") @Pattern(regexp = Params.EXPLAIN, message = Params.EXPLAIN_MESSAGE) String explain,
            @Parameter(description = "The dossier's ETag from an earlier read: 304 without a body when nothing the "
                    + "dossier joins has changed since (weak comparison)", example = "W/\"3.5d41402abc4b2a76b9719d91\"")
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return dossiers.dossier(id, Params.instant("asOf", asOf), Params.EXPLAIN.equals(explain), ifNoneMatch)
                .map(d -> d.notModified() ? Etags.notModified(d.etag()) : Etags.ok(d.dossier(), d.etag()));
    }

    @GET
    @Path("/{id}/status")
    @Operation(operationId = "getClaimStatus", summary = "Read a claim's verification status",
            description = "Status, evidence, credibility and explanation; with `asOf`, as it stood at that instant on the "
                    + "timeline of the statements (stances stated and verdicts given by then).")
    @APIResponse(responseCode = "200", description = "The status report")
    @APIResponse(responseCode = "404", description = "No claim with this id")
    public Uni<StatusReport> status(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id,
            @Parameter(description = "Instant to evaluate at", example = Params.INSTANT_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("asOf") String asOf) {
        Params.instant("asOf", asOf);
        return claims.status(id, asOf);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getClaimHistory", summary = "Read a claim's history",
            description = "Everything the system recorded about the claim, who did it and when, oldest first.")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No claim with this id")
    public Uni<History> history(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id) {
        return claims.history(id);
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces({ClaimReviewResource.LD_JSON, MediaType.APPLICATION_JSON})
    @Tag(name = "ClaimReview")
    @Operation(operationId = "getClaimReview", summary = "Read a claim's schema.org ClaimReview",
            description = "JSON-LD ClaimReview for a claim with a verdict: the latest verdict as reviewRating (5 TRUE … 1 "
                    + "FALSE; UNVERIFIABLE without ratingValue), the asserting sources as the Claim's authors, the documents "
                    + "as its appearances, and this deployment's organisation as author. Needs both services.")
    @APIResponse(responseCode = "200", description = "The ClaimReview")
    @APIResponse(responseCode = "404", description = "No claim with this id, or it has no verdict yet")
    public Uni<ClaimReview> claimReview(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id) {
        return reviews.review(id);
    }

    @POST
    @Operation(operationId = "createClaim", summary = "Create a claim",
            description = "Records a new claim (status UNSOURCED until stances are added). A claim whose text is already "
                    + "on record answers 409 with `existingId`.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)),
            headers = {@Header(name = "Location", description = "The new claim's dossier", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The claim's version", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = "The same claim text is already on record (`existingId`)")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public Uni<RestResponse<Claim>> create(@NotNull @Valid ClaimInput claim) {
        return writes.create(claim).map(created -> Etags.created(uri.getBaseUriBuilder().path("api/claims").path(created.getEntity().id()).build(),
                created.getEntity(), created.getHeaderString("ETag")));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateClaim", summary = "Replace a claim",
            description = "Replaces the claim's text and descriptive fields. Requires `If-Match` with the version read.")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No claim with this id")
    @APIResponse(responseCode = "409", description = "Another claim already has this text")
    @APIResponse(responseCode = "412", description = "The claim changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Claim>> update(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id, @NotNull @Valid ClaimInput claim,
            @Parameter(description = "The version read, as its ETag (the claim's, or the dossier's)", example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return writes.update(id, claim, DossierTag.claimIfMatch(ifMatch)).map(Etags::ok);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteClaim", summary = "Delete a claim",
            description = "Deletes the claim with its stances and verdicts. Requires `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No claim with this id")
    @APIResponse(responseCode = "412", description = "The claim changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Void>> delete(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id,
            @Parameter(description = "The version read, as its ETag (the claim's, or the dossier's)", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Why, for the claim's history (kept after the delete)", example = "Duplicate of another claim")
            @QueryParam("reason") @Size(max = 300) String reason) {
        return writes.delete(id, DossierTag.claimIfMatch(ifMatch), reason).map(nothing -> RestResponse.noContent());
    }

    @POST
    @Path("/{id}/stances")
    @Operation(operationId = "addStance", summary = "Record a stance on a claim",
            description = "Checks first that the source exists, that the document exists, that the quote occurs in its "
                    + "archived text (422 otherwise, with the closest passage found) and that it was not stated after the "
                    + "document was published (422), then records the stance with a "
                    + "snapshot of the source; the claim's status is recomputed.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stance.class)),
            headers = @Header(name = "Location", description = "The claim's dossier", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No claim with this id")
    @APIResponse(responseCode = "409", description = "This source already has a stance with this quote on the claim (`existingId`)")
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. `statedAt` more than 5 minutes in the future")
    @APIResponse(responseCode = "422", description = "Unknown source or document, the quote is not in the document (`closest`), "
            + "or `statedAt` is after the document's `publishedAt` (both named in `errors`)")
    public Uni<RestResponse<Stance>> addStance(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id, @NotNull @Valid StanceInput stance) {
        return stances.add(id, stance).map(created -> Etags.created(uri.getBaseUriBuilder().path("api/claims").path(id).build(), created, null));
    }

    @DELETE
    @Path("/{id}/stances/{stanceId}")
    @Operation(operationId = "deleteStance", summary = "Remove a stance",
            description = "Removes a stance recorded by mistake; the claim's status is recomputed. `If-Match` (the claim's "
                    + "version) is passed on when given.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such claim or stance")
    @APIResponse(responseCode = "412", description = "The claim changed since it was read")
    public Uni<RestResponse<Void>> deleteStance(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id,
            @PathParam("stanceId") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.STANCE_ID) String stanceId,
            @Parameter(description = "The claim's version read, as its ETag (the claim's, or the dossier's)", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Why, for the claim's history", example = "Recorded on the wrong claim")
            @QueryParam("reason") @Size(max = 300) String reason) {
        return writes.deleteStance(id, stanceId, DossierTag.claimIfMatch(ifMatch), reason).map(nothing -> RestResponse.noContent());
    }

    @POST
    @Path("/{id}/stances/{stanceId}/retraction")
    @Operation(operationId = "retractStance", summary = "Retract a stance from a time, with a reason",
            description = "For a source that took its words back: the stance stays on record and in the dossier, marked "
                    + "retracted; it counts before `retractedAt` (as of an earlier instant) and not from then on, and the "
                    + "claim's status is recomputed; the history records who retracted it, when and why. Written once. "
                    + "`If-Match` with the claim's version (the dossier's ETag) is checked when given, never required: a retraction "
                    + "is written once, so a stance added or the claim edited meanwhile is no conflict. Editors.")
    @APIResponse(responseCode = "200", description = "Retracted: the stance with its `retraction`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stance.class)),
            headers = @Header(name = "ETag", description = "The claim's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`retractedAt` or `reason` missing or invalid, or `retractedAt` more than 5 minutes in the future")
    @APIResponse(responseCode = "404", description = "No such claim or stance")
    @APIResponse(responseCode = "409", description = "The stance is already retracted")
    @APIResponse(responseCode = "412", description = "The claim changed since it was read")
    @APIResponse(responseCode = "422", description = "`retractedAt` is before the stance's `statedAt` (both named in `errors`)")
    public Uni<RestResponse<Stance>> retractStance(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id,
            @PathParam("stanceId") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.STANCE_ID) String stanceId,
            @Parameter(description = "The claim's version read, as its ETag (the claim's, or the dossier's)", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Retraction retraction) {
        return writes.retractStance(id, stanceId, DossierTag.claimIfMatch(ifMatch), retraction).map(Etags::ok);
    }

    @POST
    @Path("/{id}/verdicts/{verdictId}/withdrawal")
    @Operation(operationId = "withdrawVerdict", summary = "Withdraw a verdict from a time, with a reason",
            description = "The verdict stays on record and in the dossier, marked withdrawn; it counts before `withdrawnAt` "
                    + "and not from then on, when the latest verdict not withdrawn (if any) counts instead; the history "
                    + "records it. Written once. `If-Match` with the claim's version is checked when given, never required. Reviewers.")
    @APIResponse(responseCode = "200", description = "Withdrawn: the verdict with its `withdrawal`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verdict.class)),
            headers = @Header(name = "ETag", description = "The claim's new version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`withdrawnAt` or `reason` missing or invalid, or `withdrawnAt` more than 5 minutes in the future")
    @APIResponse(responseCode = "404", description = "No such claim or verdict")
    @APIResponse(responseCode = "409", description = "The verdict is already withdrawn")
    @APIResponse(responseCode = "412", description = "The claim changed since it was read")
    @APIResponse(responseCode = "422", description = "`withdrawnAt` is before the verdict was published (`publishedAt`; both named in `errors`)")
    public Uni<RestResponse<Verdict>> withdrawVerdict(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id,
            @PathParam("verdictId") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.VERDICT_ID) String verdictId,
            @Parameter(description = "The claim's version read, as its ETag (the claim's, or the dossier's)", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Withdrawal withdrawal) {
        return writes.withdrawVerdict(id, verdictId, DossierTag.claimIfMatch(ifMatch), withdrawal).map(Etags::ok);
    }

    @POST
    @Path("/{id}/verdicts")
    @Operation(operationId = "addVerdict", summary = "Give a verdict on a claim",
            description = "Appends a reviewer's verdict, signed by the signed-in user unless `reviewer` names another "
                    + "signer, optionally `onBehalfOf` someone; the latest verdict sets the status (TRUE/MOSTLY_TRUE → VERIFIED, "
                    + "MIXED → MISLEADING, MOSTLY_FALSE/FALSE → FALSE, UNVERIFIABLE → UNVERIFIABLE).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verdict.class)),
            headers = @Header(name = "Location", description = "The claim's dossier", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No claim with this id")
    public Uni<RestResponse<Verdict>> addVerdict(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.CLAIM_ID) String id, @NotNull @Valid VerdictInput verdict) {
        return writes.addVerdict(id, VerdictWrite.signed(verdict, identity.getPrincipal().getName())).map(created -> Etags.created(uri.getBaseUriBuilder().path("api/claims").path(id).build(), created, null));
    }
}
