package org.claimtrack.gateway.ui;

import java.util.List;
import org.claimtrack.gateway.model.Note;
import org.claimtrack.gateway.model.WorkStatus;
import org.claimtrack.gateway.model.Workflow;

/**
 * The desk's side of the claim page: the workflow with the moves the viewer may make, the internal notes (only for
 * editors; null otherwise) and the activity timeline (the claim's history, newest first; null when the claims-service
 * could not give it).
 */
public record DeskView(String claimId, Workflow workflow, List<Note> notes, List<HistoryRow> timeline, boolean canPublish) {

    /** The moves offered as one-click buttons: the workflow's next statuses but PUBLISHED (its own, reviewers' button). */
    public List<WorkStatus> moves() {
        return workflow == null || workflow.next() == null ? List.of()
                : workflow.next().stream().filter(s -> s != WorkStatus.PUBLISHED).toList();
    }

    public boolean showPublish() {
        return canPublish && workflow != null && workflow.workStatus() == WorkStatus.IN_REVIEW;
    }
}
