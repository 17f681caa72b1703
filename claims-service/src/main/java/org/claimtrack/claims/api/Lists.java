package org.claimtrack.claims.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.status.VerificationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of lists, counts and lookups. */
public final class Lists {

    private Lists() {
    }

    static final String NEXT = "Cursor of the next page: pass it as `cursor` (with the same sort and filters) to read the "
            + "items after this page's last one. Opaque, URL-safe; absent on the last page (and with sort=relevance and q, "
            + "which page by number only).";
    /** A claim list's cursor (updatedAt,desc) and a stance list's (statedAt,desc), for the documents' examples. */
    public static final String CLAIM_CURSOR_EXAMPLE = "azF8dXBkYXRlZEF0LGRlc2N8MTY0MDg2MjAwMDAwMDAwMHwzZmE4NWY2NC01NzE3LTQ1NjItYjNmYy0yYzk2M2Y2NmFmYTY";
    public static final String STANCE_CURSOR_EXAMPLE = "azF8c3RhdGVkQXQsZGVzY3wxNjQwODYyMDAwMDAwMDAwfDNmYTg1ZjY0LTU3MTctNDU2Mi1iM2ZjLTJjOTYzZjY2YWZhNg";
    static final String TOTAL = "Every item matching the filters (not only those after a cursor); exact.";
    static final String PAGE = "The page number asked for; 0 when the page was asked for by cursor.";

    @Schema(name = "ClaimPage", description = "A page of claims (sorted as requested, then by id).")
    public record ClaimPage(List<ClaimView> items,
            @Schema(description = PAGE, examples = "0") int page,
            @Schema(examples = "20") int size,
            @Schema(description = TOTAL, examples = "123") long total,
            @Schema(description = NEXT, examples = CLAIM_CURSOR_EXAMPLE)
            String next) {
    }

    @Schema(name = "StancePage", description = "A page of stances with their claims' text and status (statedAt desc, then id).")
    public record StancePage(List<StanceView> items,
            @Schema(description = PAGE, examples = "0") int page,
            @Schema(examples = "20") int size,
            @Schema(description = TOTAL, examples = "123") long total,
            @Schema(description = NEXT, examples = STANCE_CURSOR_EXAMPLE)
            String next) {
    }

    @Schema(name = "ClaimCounts", description = "Claims per status under the given filters; every status is listed.")
    public record ClaimCounts(@Schema(examples = "12") long total,
            @Schema(description = "Every status with its count.", examples = "{\"UNSOURCED\": 2, \"SINGLE_PARTY\": 3, \"CORROBORATED\": 1, \"DISPUTED\": 4, \"DENIED\": 0, \"VERIFIED\": 1, \"MISLEADING\": 0, \"FALSE\": 1, \"UNVERIFIABLE\": 0}")
            Map<VerificationStatus, Long> byStatus) {
    }

    @Schema(name = "SimilarClaims", description = "Claims close to a text, most similar first.")
    public record SimilarClaims(List<SimilarClaim> items) {
    }

    @Schema(name = "SimilarClaim", description = "A claim and how close its text is (0..1, 1 = same words).")
    public record SimilarClaim(UUID id, String text, VerificationStatus status,
            @Schema(minimum = "0", maximum = "1", examples = "0.82") double score) {
    }

    @Schema(name = "StanceList", description = "Stances of one claim (statedAt, then id).")
    public record StanceList(List<StanceView> items) {
    }

    @Schema(name = "VerdictList", description = "Verdicts of one claim, latest first.")
    public record VerdictList(List<VerdictView> items) {
    }

    @Schema(name = "History", description = "Every change to a claim, its stances and verdicts, oldest first.")
    public record History(List<HistoryItem> items) {
    }

    @Schema(name = "HistoryItem", description = "One change: when, who, what.")
    public record HistoryItem(Instant at, @Schema(examples = "maria") String actor,
            @Schema(enumeration = {"CLAIM_CREATED", "CLAIM_UPDATED", "CLAIM_DELETED", "STANCE_ADDED", "STANCE_REMOVED",
                "STANCE_RETRACTED", "VERDICT_ADDED", "VERDICT_WITHDRAWN", "SNAPSHOT_REFRESHED", "STATUS_CHANGED", "WORKFLOW_CHANGED", "NOTE_ADDED",
                "NOTE_EDITED"}, examples = "STATUS_CHANGED") String action,
            @Schema(description = "What changed (depends on the action).", examples = "{\"from\": \"CORROBORATED\", \"to\": \"DISPUTED\"}")
            Map<String, Object> details) {
    }

    @Schema(name = "Events", description = "Events not yet acknowledged, oldest first.")
    public record Events(List<Event> items) {
    }

    @Schema(name = "Event", description = "A change newsroom tools subscribe to (the gateway's webhooks).")
    public record Event(UUID id, UUID claimId,
            @Schema(enumeration = {"STATUS_CHANGED", "VERDICT_ADDED"}, examples = "STATUS_CHANGED") String type, Instant at,
            @Schema(description = "The history entry's details.", examples = "{\"from\": \"CORROBORATED\", \"to\": \"DISPUTED\"}")
            Map<String, Object> details) {
    }

    @Schema(name = "EventIds", description = "Events to acknowledge.")
    public record EventIds(@Schema(required = true, minItems = 1, maxItems = 1000) List<UUID> ids) {
    }

    @Schema(name = "Acknowledged", description = "How many events were deleted.")
    public record Acknowledged(@Schema(examples = "3") int acknowledged) {
    }

    @Schema(name = "StanceCountsBySource", description = "Per source: stance kind → claim status → number of stances.")
    public record StanceCountsBySource(List<SourceStanceCounts> items) {
    }

    @Schema(name = "SourceStanceCounts", description = "One source's stances counted by kind and by its claims' status.")
    public record SourceStanceCounts(UUID sourceId,
            @Schema(examples = "{\"ASSERTS\": {\"DISPUTED\": 1}, \"DENIES\": {}, \"QUESTIONS\": {}, \"REPORTS\": {}}")
            Map<String, Map<String, Long>> byStance) {
    }

    @Schema(name = "References", description = "Sources and documents that stances still cite (only cited ids are listed).")
    public record References(List<Reference> items) {
    }

    @Schema(name = "StanceReference", description = "A cited source or document, how often, and by which claims (at most 20).")
    public record Reference(@Schema(enumeration = {"SOURCE", "DOCUMENT"}, examples = "SOURCE") String kind, UUID id,
            @Schema(examples = "3") long stanceCount, List<UUID> claimIds) {
    }

    @Schema(name = "SnapshotRefresh", description = "What a source snapshot refresh changed.")
    public record SnapshotRefresh(
            @Schema(description = "Stances whose copied source data differed and were updated.", examples = "4") int stancesUpdated,
            @Schema(description = "Claims whose status, credibility or parties changed with it (version +1, history entry).",
                    examples = "3") int claimsRecomputed,
            @Schema(description = "Of those, claims whose status changed.", examples = "1") int statusesChanged) {
    }

    @Schema(name = "BatchResult", description = "One entry per item, in input order.")
    public record BatchResult(List<BatchItem> items) {
    }

    @Schema(name = "BatchItem", description = "Outcome of one batch item.")
    public record BatchItem(@Schema(examples = "0") int index, @Schema(description = "Absent when FAILED.") UUID id,
            @Schema(enumeration = {"CREATED", "UNCHANGED", "FAILED"}, examples = "CREATED") String outcome,
            List<org.claimtrack.contract.FieldError> errors) {
    }

    /** OpenAPI shape of a stance batch item (read as JSON by the batch import). */
    @Schema(name = "BatchStanceInput", description = "StanceInput plus the claim it is on.",
            allOf = StanceInput.class, requiredProperties = "claimId")
    public record BatchStanceItem(java.util.UUID claimId) {
    }

    /** OpenAPI shape of a verdict batch item. */
    @Schema(name = "BatchVerdictInput", description = "VerdictInput plus the claim it is on.",
            allOf = VerdictInput.class, requiredProperties = "claimId")
    public record BatchVerdictItem(java.util.UUID claimId) {
    }
}
