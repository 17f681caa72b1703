package org.claimtrack.gateway.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.claimtrack.gateway.model.Ids;
import org.claimtrack.gateway.model.WorkStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters a claim list and its per-status counts share ({@code GET /api/claims}, {@code /api/claims/counts}), so
 * both read, check and pass them on the same way.
 */
public class ClaimQuery {

    @Parameter(description = "Words of the claim's text, headline or tags, every one required, in any language and "
            + "inflection (soldier = soldiers); \"quoted phrases\" match as phrases; words inside Chinese, Japanese and "
            + "Thai text are found; 100,000 = 100000", example = "soldiers")
    @QueryParam("q") @Size(max = 200) String q;

    @Parameter(description = "A party that asserts or denies the claim", example = "Russia")
    @QueryParam("party") @Size(max = 100) String party;

    @Parameter(description = "Claims with a stance of this source (ids differ per installation: no example)")
    @QueryParam("sourceId") @Pattern(regexp = Ids.UUID_PATTERN, message = Ids.UUID_MESSAGE) String sourceId;

    @Parameter(description = "Tag", example = "troops")
    @QueryParam("tag") @Size(max = 100) String tag;

    @Parameter(description = "Topic", example = "Russia-Ukraine border")
    @QueryParam("topic") @Size(max = 100) String topic;

    @Parameter(description = "BCP 47 language", example = "en")
    @QueryParam("language") @Size(max = 35) String language;

    @Parameter(description = "Only claims updated at or after this instant", example = Params.INSTANT_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("updatedSince") String updatedSince;

    @Parameter(description = "Only these work statuses (repeatable); `IN_REVIEW` = what waits for a reviewer",
            schema = @Schema(type = SchemaType.ARRAY, implementation = WorkStatus.class))
    @QueryParam("workStatus") List<@Pattern(regexp = Params.WORK_STATUS, message = Params.WORK_STATUS_MESSAGE) String> workStatus;

    @Parameter(description = "Only claims assigned to this user", example = "maria")
    @QueryParam("assignee") @Size(max = 100) String assignee;

    @Parameter(description = "`true`: only claims assigned to the signed-in user (400 when nobody is signed in)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("assignedToMe") @Pattern(regexp = Params.BOOLEAN, message = Params.BOOLEAN_MESSAGE) String assignedToMe;

    @Parameter(description = "`true`: only claims past their due date (UTC) that are neither published nor archived; "
            + "`false`: only the others", schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("overdue") @Pattern(regexp = Params.BOOLEAN, message = Params.BOOLEAN_MESSAGE) String overdue;

    /**
     * The claims-service's query for these filters, {@code assignedToMe} resolved to the signed-in user; a 400 naming
     * {@code updatedSince} when it is no instant.
     */
    MultivaluedMap<String, String> downstream(SecurityIdentity identity) {
        Params.instant("updatedSince", updatedSince);
        return Params.work(identity, workStatus, assignee, assignedToMe, overdue, Params.query("q", q, "party", party,
                "sourceId", sourceId, "tag", tag, "topic", topic, "language", language, "updatedSince", updatedSince));
    }
}
