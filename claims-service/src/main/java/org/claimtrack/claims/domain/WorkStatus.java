package org.claimtrack.claims.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * How far the desk got with a claim — separate from its verification status, which the evidence decides. The allowed
 * moves are here, in one place: a claim is worked on, reviewed, then published; a review can send it back, a
 * published claim can be reopened for a correction, anything can be archived and an archived claim restored as new.
 */
public enum WorkStatus {
    NEW, IN_PROGRESS, IN_REVIEW, PUBLISHED, ARCHIVED;

    /** Not yet published or archived: a due date still matters (the "overdue" filter). */
    public static final Set<WorkStatus> OPEN = EnumSet.of(NEW, IN_PROGRESS, IN_REVIEW);

    /** The day due dates are compared with: UTC, like every instant here. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public Set<WorkStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, ARCHIVED);
            case IN_PROGRESS -> EnumSet.of(NEW, IN_REVIEW, ARCHIVED);
            case IN_REVIEW -> EnumSet.of(IN_PROGRESS, PUBLISHED, ARCHIVED);
            case PUBLISHED -> EnumSet.of(IN_PROGRESS, ARCHIVED);
            case ARCHIVED -> EnumSet.of(NEW);
        };
    }

    public boolean canMoveTo(WorkStatus target) {
        return target == this || next().contains(target);
    }
}
