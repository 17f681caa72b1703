package org.claimtrack.gateway.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.History;
import org.claimtrack.gateway.model.Rating;
import org.claimtrack.gateway.model.StanceType;
import org.claimtrack.gateway.model.WorkStatus;

/**
 * One entry of a claim's history in words, for the history page and the claim page's activity timeline: who changed
 * what and when — the claim's fields, stances and verdicts, the status and why it moved (a party merge refreshes the
 * sources' records), the workflow and the desk's notes (a note's entry points at the note, never shows its text).
 *
 * @param noteId the note an entry is about (its anchor on the claim page), or null
 */
public record HistoryRow(Instant at, String actor, String action, String summary, String noteId) {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Newest first: the reader comes to ask why the claim is what it is now. */
    static List<HistoryRow> newestFirst(History history) {
        List<History.Entry> items = new ArrayList<>(history.items() == null ? List.of() : history.items());
        Collections.reverse(items);
        return items.stream().map(HistoryRow::of).toList();
    }

    static HistoryRow of(History.Entry entry) {
        Map<String, Object> d = entry.details() == null ? Map.of() : entry.details();
        String name = entry.action() == null ? "" : entry.action();
        String action = name.isEmpty() ? "Change" : UiFormat.words(name);
        String summary = switch (name) {
            case "STATUS_CHANGED" -> "Status " + named(ClaimStatus.class, d.get("from")) + " → "
                    + named(ClaimStatus.class, d.get("to")) + "; credibility " + d.get("credibilityFrom") + " → "
                    + d.get("credibilityTo") + ".";
            case "SNAPSHOT_REFRESHED" -> "The record of source \"" + d.get("name") + "\" changed: it now counts for "
                    + (d.get("rootParty") == null ? "its own party" : "\"" + d.get("rootParty") + "\"")
                    + (d.get("reason") == null ? "." : ", because " + d.get("reason") + ".");
            case "CLAIM_UPDATED" -> "Changed " + String.join(", ", d.keySet()) + ".";
            case "STANCE_ADDED" -> stance(d);
            case "STANCE_REMOVED" -> stance(d) + (d.get("reason") == null ? "" : " Removed: " + d.get("reason"));
            case "STANCE_RETRACTED" -> stance(d) + " Retracted from " + day(d.get("retractedAt")) + ": " + d.get("reason");
            case "VERDICT_ADDED" -> "Verdict " + named(Rating.class, d.get("rating")) + " by " + d.get("reviewer") + ".";
            case "VERDICT_WITHDRAWN" -> "Verdict " + named(Rating.class, d.get("rating")) + " by " + d.get("reviewer")
                    + " withdrawn from " + day(d.get("withdrawnAt")) + ": " + d.get("reason");
            case "WORKFLOW_CHANGED" -> workflow(d);
            case "NOTE_ADDED" -> "Added a note.";
            case "NOTE_EDITED" -> "Edited a note (its text version " + d.get("version") + "; the earlier text is kept).";
            default -> d.entrySet().stream().filter(e -> !(e.getValue() instanceof Map || e.getValue() instanceof List))
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        };
        Object noteId = name.startsWith("NOTE_") ? d.get("noteId") : null;
        return new HistoryRow(entry.at(), entry.actor(), action, summary, noteId == null ? null : noteId.toString());
    }

    /** The instant as an as-of query value: the claim page as it stood right after this change. */
    public String asOf() {
        return at == null ? null : at.toString();
    }

    private static String stance(Map<String, Object> d) {
        String position = named(StanceType.class, d.get("stance")).toLowerCase(Locale.ROOT);
        String words = d.get("quote") != null ? ": \u201c" + d.get("quote") + "\u201d"
                : d.get("reportedBy") != null ? " (according to " + d.get("reportedBy") + ")" : "";
        return d.get("sourceName") + " " + position + words + (d.get("statedAt") == null ? "." : ", " + day(d.get("statedAt")) + ".");
    }

    private static String workflow(Map<String, Object> d) {
        List<String> parts = new ArrayList<>();
        if (d.get("workStatus") instanceof Map<?, ?> status) {
            parts.add("Work status " + named(WorkStatus.class, status.get("from")) + " → " + named(WorkStatus.class, status.get("to")));
        }
        if (d.get("assignee") instanceof Map<?, ?> assignee) {
            parts.add(assignee.get("to") == null ? "no longer assigned to " + assignee.get("from") : "assigned to " + assignee.get("to"));
        }
        if (d.get("dueDate") instanceof Map<?, ?> due) {
            parts.add(due.get("to") == null ? "no due date" : "due " + DUE.format(LocalDate.parse(due.get("to").toString())));
        }
        String text = String.join("; ", parts);
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static String day(Object instant) {
        try {
            return instant == null ? "" : UiFormat.dayTime(Instant.parse(instant.toString()), java.util.Locale.ENGLISH);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return instant.toString();
        }
    }

    /** "SINGLE_PARTY" → "Single party"; a value the gateway does not know is shown as it came. */
    private static <E extends Enum<E>> String named(Class<E> type, Object value) {
        return Arrays.stream(type.getEnumConstants()).filter(s -> s.name().equals(String.valueOf(value))).findFirst()
                .map(UiFormat::words).orElse(String.valueOf(value));
    }
}
