package org.claimtrack.gateway.extraction;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.claimtrack.gateway.model.Examples;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.service.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Claim extraction: proposals from a document's text, and what a person decided about each. */
@Path("/api/extractions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Extractions", description = "Proposed claims, who asserted or denied them and their exact words, from a "
        + "document's archived text. Proposals are never on record until a person accepts them.")
public class ExtractionResource {

    @Inject
    ExtractionService extractions;

    @Inject
    UriInfo uri;

    @POST
    @Operation(operationId = "startExtraction", summary = "Extract proposed claims and stances from a document",
            description = "Runs the attribution rules on the document's current archived text (or on a pasted text, "
                    + "archived first as a new document) and keeps the proposals. Each proposal is one checkable sentence "
                    + "with its stances: the speaker (an existing source, or a new source suggestion with name, kind and "
                    + "party, resolved through the party registry's aliases), the position, the exact quote as a span of "
                    + "the text with its TextQuoteSelector, statedAt (the document's date unless the sentence says "
                    + "otherwise), the rule that produced it and a confidence. Nothing is written to the claims.")
    @APIResponse(responseCode = "201", description = "The extraction with its proposals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Extraction.class)),
            headers = @Header(name = "Location", description = "The extraction", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Needs the editor role")
    @APIResponse(responseCode = "409", description = "The pasted document's URL is already on record (`existingId`): "
            + "extract from it by `documentId`")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "422", description = "The document does not exist, has no archived text, or its "
            + "language has no extraction rules (supported: en)")
    public RestResponse<Extraction> start(@NotNull @Valid ExtractionRequest request) {
        Extraction extraction = extractions.start(request);
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, extraction)
                .location(uri.getBaseUriBuilder().path("api/extractions").path(extraction.id()).build()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getExtraction", summary = "Read an extraction's proposals",
            description = "The proposals in document order, each with its decision (PROPOSED, ACCEPTED into a claim, "
                    + "REJECTED).")
    @APIResponse(responseCode = "200", description = "The extraction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Extraction.class)))
    @APIResponse(responseCode = "404", description = "No extraction with this id")
    public Extraction get(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.EXTRACTION_ID) String id) {
        return extractions.find(id).orElseThrow(() -> Problems.notFound("No extraction with id " + id));
    }

    @POST
    @Path("/{id}/proposals/{index}/decision")
    @Operation(operationId = "decideProposal", summary = "Record what was done with a proposal",
            description = "ACCEPTED with the claim it went into (written by the client through POST /api/claims and "
                    + "POST /api/claims/{id}/stances, where the duplicate and quote checks apply), or REJECTED. The first "
                    + "decision stands; sending the same decision again changes nothing (200).")
    @APIResponse(responseCode = "200", description = "The extraction with the decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Extraction.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Needs the editor role")
    @APIResponse(responseCode = "404", description = "No extraction with this id, or no proposal with this index")
    @APIResponse(responseCode = "409", description = "The proposal was decided otherwise before")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "422", description = "The accepted claim does not exist")
    public Extraction decide(@PathParam("id") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE)
            @Parameter(example = Examples.EXTRACTION_ID) String id,
            @PathParam("index") @Pattern(regexp = "0|[1-9][0-9]{0,5}", message = "must be a whole number from 0")
            @Parameter(description = "The proposal's index, from 0", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String index,
            @NotNull @Valid ProposalDecision decision) {
        return extractions.decide(id, Integer.parseInt(index), decision);
    }
}
