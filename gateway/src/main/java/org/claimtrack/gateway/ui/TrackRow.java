package org.claimtrack.gateway.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtrack.gateway.model.ClaimStatus;
import org.claimtrack.gateway.model.SourceProfile.TrackRecord;
import org.claimtrack.gateway.model.StanceType;

/** One line of a source's track record: e.g. "Asserts 4 claims: 1 Disputed, 3 False" (the page words the type). */
public record TrackRow(StanceType type, long total, List<Entry> entries) {

    public record Entry(ClaimStatus status, long count) {
    }

    /** The non-empty lines, in the order asserts, denies, questions, reports. */
    public static List<TrackRow> of(TrackRecord record) {
        List<TrackRow> rows = new ArrayList<>();
        add(rows, StanceType.ASSERTS, record.asserts());
        add(rows, StanceType.DENIES, record.denies());
        add(rows, StanceType.QUESTIONS, record.questions());
        add(rows, StanceType.REPORTS, record.reports());
        return rows;
    }

    private static void add(List<TrackRow> rows, StanceType type, Map<ClaimStatus, Long> byStatus) {
        if (byStatus == null) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            Long count = byStatus.get(status);
            if (count != null && count > 0) {
                entries.add(new Entry(status, count));
            }
        }
        long total = entries.stream().mapToLong(Entry::count).sum();
        if (total > 0) {
            rows.add(new TrackRow(type, total, entries));
        }
    }
}
