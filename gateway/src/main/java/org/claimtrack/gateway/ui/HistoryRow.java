package org.claimtrack.gateway.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The entry reads in the page's language ({@link HistoryMessages}); {@code action} keeps the English words of the
 * recorded action for the page's {@code data-action} attribute, {@code label} is the same in the reader's words.
 *
 * @param noteId the note an entry is about (its anchor on the claim page), or null
 */
public record HistoryRow(Instant at, String actor, String action, String label, String summary, String noteId) {

    /** Newest first: the reader comes to ask why the claim is what it is now. */
    static List<HistoryRow> newestFirst(History history) {
        List<History.Entry> items = new ArrayList<>(history.items() == null ? List.of() : history.items());
        Collections.reverse(items);
        Locale locale = UiText.currentLocale();
        return items.stream().map(entry -> of(entry, locale)).toList();
    }

    static HistoryRow of(History.Entry entry, Locale locale) {
        HistoryMessages words = UiText.history(locale);
        Map<String, Object> d = entry.details() == null ? Map.of() : entry.details();
        String name = entry.action() == null ? "" : entry.action();
        String action = name.isEmpty() ? "Change" : UiFormat.words(name);
        String summary = switch (name) {
            case "STATUS_CHANGED" -> words.statusChanged(named(ClaimStatus.class, d.get("from"), locale),
                    named(ClaimStatus.class, d.get("to"), locale), String.valueOf(d.get("credibilityFrom")),
                    String.valueOf(d.get("credibilityTo")));
            case "SNAPSHOT_REFRESHED" -> words.snapshotRefreshed(String.valueOf(d.get("name")), text(d.get("rootParty")),
                    text(d.get("reason")));
            case "CLAIM_UPDATED" -> words.claimUpdated(String.join(", ", d.keySet()));
            case "STANCE_ADDED" -> stance(d, words, locale);
            case "STANCE_REMOVED" -> stance(d, words, locale) + (d.get("reason") == null ? "" : " " + words.stanceRemoved(text(d.get("reason"))));
            case "STANCE_RETRACTED" -> stance(d, words, locale) + " "
                    + words.stanceRetracted(day(d.get("retractedAt"), locale), text(d.get("reason")));
            case "VERDICT_ADDED" -> words.verdictAdded(named(Rating.class, d.get("rating"), locale), text(d.get("reviewer")));
            case "VERDICT_WITHDRAWN" -> words.verdictWithdrawn(named(Rating.class, d.get("rating"), locale),
                    text(d.get("reviewer")), day(d.get("withdrawnAt"), locale), text(d.get("reason")));
            case "WORKFLOW_CHANGED" -> workflow(d, words, locale);
            case "NOTE_ADDED" -> words.noteAdded();
            case "NOTE_EDITED" -> words.noteEdited(String.valueOf(d.get("version")));
            default -> d.entrySet().stream().filter(e -> !(e.getValue() instanceof Map || e.getValue() instanceof List))
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        };
        Object noteId = name.startsWith("NOTE_") ? d.get("noteId") : null;
        return new HistoryRow(entry.at(), entry.actor(), action, label(name, action, words), summary,
                noteId == null ? null : noteId.toString());
    }

    /** The action in the reader's words; one the gateway does not know keeps the English words of its name. */
    private static String label(String name, String words, HistoryMessages m) {
        return switch (name) {
            case "" -> m.action_other();
            case "CLAIM_CREATED" -> m.action_CLAIM_CREATED();
            case "CLAIM_UPDATED" -> m.action_CLAIM_UPDATED();
            case "CLAIM_DELETED" -> m.action_CLAIM_DELETED();
            case "STATUS_CHANGED" -> m.action_STATUS_CHANGED();
            case "SNAPSHOT_REFRESHED" -> m.action_SNAPSHOT_REFRESHED();
            case "STANCE_ADDED" -> m.action_STANCE_ADDED();
            case "STANCE_REMOVED" -> m.action_STANCE_REMOVED();
            case "STANCE_RETRACTED" -> m.action_STANCE_RETRACTED();
            case "VERDICT_ADDED" -> m.action_VERDICT_ADDED();
            case "VERDICT_WITHDRAWN" -> m.action_VERDICT_WITHDRAWN();
            case "WORKFLOW_CHANGED" -> m.action_WORKFLOW_CHANGED();
            case "NOTE_ADDED" -> m.action_NOTE_ADDED();
            case "NOTE_EDITED" -> m.action_NOTE_EDITED();
            default -> words;
        };
    }

    /** The instant as an as-of query value: the claim page as it stood right after this change. */
    public String asOf() {
        return at == null ? null : at.toString();
    }

    private static String stance(Map<String, Object> d, HistoryMessages words, Locale locale) {
        StanceType position = Arrays.stream(StanceType.values()).filter(t -> t.name().equals(String.valueOf(d.get("stance"))))
                .findFirst().orElse(null);
        return words.stance(String.valueOf(d.get("sourceName")), position, text(d.get("quote")), text(d.get("reportedBy")),
                d.get("statedAt") == null ? null : day(d.get("statedAt"), locale));
    }

    private static String workflow(Map<String, Object> d, HistoryMessages words, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (d.get("workStatus") instanceof Map<?, ?> status) {
            parts.add(words.workStatus(named(WorkStatus.class, status.get("from"), locale), named(WorkStatus.class, status.get("to"), locale)));
        }
        if (d.get("assignee") instanceof Map<?, ?> assignee) {
            parts.add(assignee.get("to") == null ? words.unassigned(String.valueOf(assignee.get("from")))
                    : words.assigned(String.valueOf(assignee.get("to"))));
        }
        if (d.get("dueDate") instanceof Map<?, ?> due) {
            parts.add(due.get("to") == null ? words.noDueDate() : words.due(UiFormat.day(
                    LocalDate.parse(due.get("to").toString()).atStartOfDay(ZoneOffset.UTC).toInstant(), locale)));
        }
        String text = String.join("; ", parts);
        return text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(locale) + text.substring(1) + ".";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String day(Object instant, Locale locale) {
        try {
            return instant == null ? "" : UiFormat.dayTime(Instant.parse(instant.toString()), locale);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return instant.toString();
        }
    }

    /** A constant in the reader's words ("SINGLE_PARTY" → "Single party"); a value the gateway does not know is shown as it came. */
    private static String named(Class<? extends Enum<?>> type, Object value, Locale locale) {
        return Arrays.stream(type.getEnumConstants()).filter(s -> s.name().equals(String.valueOf(value))).findFirst()
                .map(constant -> constant instanceof ClaimStatus status ? UiFormat.label(status, locale)
                        : constant instanceof Rating rating ? UiFormat.label(rating, locale)
                        : constant instanceof WorkStatus work ? UiFormat.label(work, locale)
                        : UiFormat.words(constant))
                .orElse(String.valueOf(value));
    }
}
