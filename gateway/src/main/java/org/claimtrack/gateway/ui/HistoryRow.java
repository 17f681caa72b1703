package org.claimtrack.gateway.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.History;

/**
 * One entry of a claim's history in words, for the history page: above all why its status changed (a party merge
 * refreshes the sources' records, then the status moves).
 */
public record HistoryRow(Instant at, String actor, String action, String summary) {

    /** Newest first: the reader comes to ask why the status is what it is now. */
    static List<HistoryRow> newestFirst(History history) {
        List<History.Entry> items = new ArrayList<>(history.items() == null ? List.of() : history.items());
        Collections.reverse(items);
        return items.stream().map(HistoryRow::of).toList();
    }

    static HistoryRow of(History.Entry entry) {
        Map<String, Object> d = entry.details() == null ? Map.of() : entry.details();
        String action = entry.action() == null ? "Change" : UiFormat.words(entry.action());
        String summary = switch (entry.action() == null ? "" : entry.action()) {
            case "STATUS_CHANGED" -> "Status " + status(d.get("from")) + " → " + status(d.get("to")) + "; credibility "
                    + d.get("credibilityFrom") + " → " + d.get("credibilityTo") + ".";
            case "SNAPSHOT_REFRESHED" -> "The record of source \"" + d.get("name") + "\" changed: it now counts for "
                    + (d.get("rootParty") == null ? "its own party" : "\"" + d.get("rootParty") + "\"")
                    + (d.get("reason") == null ? "." : ", because " + d.get("reason") + ".");
            default -> d.entrySet().stream().filter(e -> !(e.getValue() instanceof Map || e.getValue() instanceof List))
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        };
        return new HistoryRow(entry.at(), entry.actor(), action, summary);
    }

    /** "SINGLE_PARTY" → "Single party"; a value the gateway does not know is shown as it came. */
    private static String status(Object value) {
        return Arrays.stream(ClaimStatus.values()).filter(s -> s.name().equals(String.valueOf(value))).findFirst()
                .map(UiFormat::words).orElse(String.valueOf(value));
    }
}
