package org.claimtrack.gateway.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.claimtrack.gateway.model.DocumentDetail.Passage;
import org.claimtrack.gateway.model.SourceStance;

/**
 * A document's archived text cut into segments at the edges of the quoted passages the sources-service located.
 * Passages may overlap or coincide: each segment carries every stance covering it, and the ids of the stances whose
 * passage starts there, so each stance gets its own anchor. Segments are plain text: the template escapes them.
 */
public record HighlightedText(List<Segment> segments, List<SourceStance> located) {

    /** A run of text; {@code marks} empty for unquoted text; {@code anchors} the stances whose passage starts here. */
    public record Segment(String text, List<SourceStance> marks, List<String> anchors) {

        public SourceStance first() {
            return marks.get(0);
        }
    }

    public boolean isNotLocated(SourceStance stance) {
        return !located.contains(stance);
    }

    private record Range(int start, int end, SourceStance stance) {
    }

    /** {@code passages} null (not known) leaves every stance not located. */
    public static HighlightedText of(String text, List<SourceStance> stances, List<Passage> passages) {
        String source = text == null ? "" : text;
        Map<String, Passage> byStance = passages == null ? Map.of()
                : passages.stream().collect(Collectors.toMap(Passage::stanceId, p -> p));
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, source.length()));
        List<Range> ranges = new ArrayList<>();
        for (SourceStance stance : stances) {
            Passage p = byStance.get(stance.id());
            // offsets come from another service: a passage outside this text is left out rather than cut wrongly
            if (p != null && 0 <= p.start() && p.start() < p.end() && p.end() <= source.length()) {
                ranges.add(new Range(p.start(), p.end(), stance));
                cuts.addAll(List.of(p.start(), p.end()));
            }
        }
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (int to : cuts.tailSet(0, false)) {
            int start = from;
            segments.add(new Segment(source.substring(start, to),
                    ranges.stream().filter(r -> r.start() <= start && r.end() >= to).map(Range::stance).toList(),
                    ranges.stream().filter(r -> r.start() == start).map(r -> r.stance().id()).toList()));
            from = to;
        }
        return new HighlightedText(segments, ranges.stream().map(Range::stance).toList());
    }
}
