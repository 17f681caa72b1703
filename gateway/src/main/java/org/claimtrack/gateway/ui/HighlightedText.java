package org.claimtrack.gateway.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.claimtrack.gateway.model.Selector;
import org.claimtrack.gateway.model.SourceStance;

/**
 * A document's archived text cut into segments, each quoted passage marked with the stances that quote it.
 * Passages are located as the quote check does: the selector's exact text (prefix and suffix choose among
 * repeats), tolerant of whitespace, typographic quotes and dashes. Segments are plain text: the template escapes them.
 */
public record HighlightedText(List<Segment> segments, List<SourceStance> located, List<SourceStance> notLocated) {

    /** A run of text; {@code marks} empty for unquoted text. {@code anchor} is the stance whose passage starts here. */
    public record Segment(String text, List<SourceStance> marks, String anchor) {

        public SourceStance first() {
            return marks.get(0);
        }
    }

    /** True for a stance whose quote could not be found in the text. */
    public boolean isNotLocated(SourceStance stance) {
        return notLocated.contains(stance);
    }

    private record Range(int start, int end, SourceStance stance) {
    }

    public static HighlightedText of(String text, List<SourceStance> stances) {
        String source = text == null ? "" : text;
        Normalized haystack = Normalized.of(source);
        List<Range> ranges = new ArrayList<>();
        List<SourceStance> located = new ArrayList<>();
        List<SourceStance> notLocated = new ArrayList<>();
        for (SourceStance stance : stances) {
            Range range = locate(source, haystack, stance);
            if (range == null) {
                notLocated.add(stance);
            } else {
                ranges.add(range);
                located.add(stance);
            }
        }
        return new HighlightedText(segments(source, ranges), located, notLocated);
    }

    private static List<Segment> segments(String text, List<Range> ranges) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        ranges.forEach(r -> {
            cuts.add(r.start());
            cuts.add(r.end());
        });
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int start = from;
            List<SourceStance> marks = ranges.stream().filter(r -> r.start() <= start && r.end() >= to)
                    .map(Range::stance).toList();
            String anchor = ranges.stream().filter(r -> r.start() == start).map(r -> r.stance().id()).findFirst().orElse(null);
            segments.add(new Segment(text.substring(start, to), marks, anchor));
            from = to;
        }
        return segments;
    }

    private static Range locate(String text, Normalized haystack, SourceStance stance) {
        Selector selector = stance.selector();
        String exact = selector != null && selector.exact() != null ? selector.exact() : stance.quote();
        if (exact == null || exact.isBlank()) {
            return null;
        }
        Normalized needle = Normalized.of(exact.strip());
        String prefix = selector == null || selector.prefix() == null ? "" : Normalized.of(selector.prefix()).text().strip();
        String suffix = selector == null || selector.suffix() == null ? "" : Normalized.of(selector.suffix()).text().strip();
        int first = -1;
        for (int at = haystack.text().indexOf(needle.text()); at >= 0; at = haystack.text().indexOf(needle.text(), at + 1)) {
            if (first < 0) {
                first = at;
            }
            String before = haystack.text().substring(0, at).stripTrailing();
            String after = haystack.text().substring(at + needle.text().length()).stripLeading();
            if (before.endsWith(prefix) && after.startsWith(suffix)) {
                first = at;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        int end = first + needle.text().length();
        return new Range(haystack.original(first), haystack.original(end - 1) + 1, stance);
    }

    /** Text with whitespace runs, typographic quotes and dashes folded, and where each folded character came from. */
    private record Normalized(String text, int[] origin) {

        static Normalized of(String raw) {
            StringBuilder folded = new StringBuilder(raw.length());
            int[] origin = new int[raw.length()];
            boolean space = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = fold(raw.charAt(i));
                if (Character.isWhitespace(c)) {
                    if (space) {
                        continue;
                    }
                    c = ' ';
                    space = true;
                } else {
                    space = false;
                }
                origin[folded.length()] = i;
                folded.append(c);
            }
            return new Normalized(folded.toString(), origin);
        }

        int original(int index) {
            return origin[index];
        }

        private static char fold(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0' -> ' ';
                default -> c;
            };
        }
    }
}
