package org.claimtrack.gateway.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.claimtrack.gateway.model.StanceType;

/**
 * The sentences of a claim's history and activity timeline ({@link HistoryRow}), in English; Spanish in
 * {@code messages/history_es.properties}. Used from Java, so the entries read in the page's language; the values in
 * them (names, quotes, reasons the services wrote) stay as recorded.
 */
@MessageBundle("history")
public interface HistoryMessages {

    @Message("Change")
    String action_other();

    @Message("Claim created")
    String action_CLAIM_CREATED();

    @Message("Claim updated")
    String action_CLAIM_UPDATED();

    @Message("Claim deleted")
    String action_CLAIM_DELETED();

    @Message("Status changed")
    String action_STATUS_CHANGED();

    @Message("Snapshot refreshed")
    String action_SNAPSHOT_REFRESHED();

    @Message("Stance added")
    String action_STANCE_ADDED();

    @Message("Stance removed")
    String action_STANCE_REMOVED();

    @Message("Stance retracted")
    String action_STANCE_RETRACTED();

    @Message("Verdict added")
    String action_VERDICT_ADDED();

    @Message("Verdict withdrawn")
    String action_VERDICT_WITHDRAWN();

    @Message("Workflow changed")
    String action_WORKFLOW_CHANGED();

    @Message("Note added")
    String action_NOTE_ADDED();

    @Message("Note edited")
    String action_NOTE_EDITED();

    @Message("Status {from} → {to}; credibility {credibilityFrom} → {credibilityTo}.")
    String statusChanged(String from, String to, String credibilityFrom, String credibilityTo);

    @Message("The record of source \"{source}\" changed: it now counts for {#if party}\"{party}\"{#else}its own party{/if}{#if reason}, because {reason}{/if}.")
    String snapshotRefreshed(String source, String party, String reason);

    @Message("Changed {fields}.")
    String claimUpdated(String fields);

    @Message("{source} {#when position}{#is ASSERTS}asserts{#is DENIES}denies{#is QUESTIONS}questions{#is REPORTS}reports{/when}{#if quote}: “{quote}”{#else if reportedBy} (according to {reportedBy}){/if}{#if date}, {date}{/if}.")
    String stance(String source, StanceType position, String quote, String reportedBy, String date);

    @Message("Removed: {reason}")
    String stanceRemoved(String reason);

    @Message("Retracted from {date}: {reason}")
    String stanceRetracted(String date, String reason);

    @Message("Verdict {rating} by {reviewer}.")
    String verdictAdded(String rating, String reviewer);

    @Message("Verdict {rating} by {reviewer} withdrawn from {date}: {reason}")
    String verdictWithdrawn(String rating, String reviewer, String date, String reason);

    @Message("Work status {from} → {to}")
    String workStatus(String from, String to);

    @Message("no longer assigned to {who}")
    String unassigned(String who);

    @Message("assigned to {who}")
    String assigned(String who);

    @Message("no due date")
    String noDueDate();

    @Message("due {date}")
    String due(String date);

    @Message("Added a note.")
    String noteAdded();

    @Message("Edited a note (its text version {version}; the earlier text is kept).")
    String noteEdited(String version);
}
