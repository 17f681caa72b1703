package org.claimtrack.gateway.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimtrack.gateway.model.DocumentDetail.Passage;
import org.claimtrack.gateway.model.SourceStance;
import org.claimtrack.gateway.ui.HighlightedText.Segment;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {

    static final String TEXT = "Kiev said Russia has deployed up to 100,000 soldiers. Moscow denied it.";

    static SourceStance stance(String id) {
        return new SourceStance(id, "c-" + id, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Passage passage(String id, String words) {
        int start = TEXT.indexOf(words);
        return new Passage(id, start, start + words.length());
    }

    /** Each segment as "text|covering stance ids|anchor ids". */
    static List<String> render(List<SourceStance> stances, List<Passage> passages) {
        return HighlightedText.of(TEXT, stances, passages).segments().stream().map(HighlightedTextTest::describe).toList();
    }

    static String describe(Segment s) {
        return s.text() + "|" + String.join(",", s.marks().stream().map(SourceStance::id).toList()) + "|"
                + String.join(",", s.anchors());
    }

    @Test
    void overlappingPassagesAreCutAtEveryEdgeAndEachGetsItsAnchor() {
        List<SourceStance> stances = List.of(stance("a"), stance("b"));
        assertEquals(List.of(
                        "Kiev said |" + "|",
                        "Russia has deployed |a|a",
                        "up to 100,000 soldiers|a,b|b",
                        ". Moscow denied|b|",
                        " it.||"),
                render(stances, List.of(passage("a", "Russia has deployed up to 100,000 soldiers"),
                        passage("b", "up to 100,000 soldiers. Moscow denied"))));
    }

    @Test
    void identicalPassagesShareTheirSegmentAndBothAnchorThere() {
        assertEquals(List.of("Kiev said ||", "Russia has deployed|a,b|a,b", " up to 100,000 soldiers. Moscow denied it.||"),
                render(List.of(stance("a"), stance("b")),
                        List.of(passage("a", "Russia has deployed"), passage("b", "Russia has deployed"))));
    }

    @Test
    void aPassageInsideAnotherAndOneAtTheVeryStartAndEnd() {
        assertEquals(List.of("Kiev said Russia |a|a", "has|a,b|b", " deployed up to 100,000 soldiers. Moscow denied it.|a|"),
                render(List.of(stance("a"), stance("b")), List.of(new Passage("a", 0, TEXT.length()), passage("b", "has"))));
    }

    @Test
    void stancesWithoutAUsablePassageAreNotLocated() {
        List<SourceStance> stances = List.of(stance("found"), stance("missing"), stance("outside"), stance("empty"));
        HighlightedText text = HighlightedText.of(TEXT, stances, List.of(passage("found", "Moscow"),
                new Passage("outside", 60, TEXT.length() + 1), new Passage("empty", 4, 4)));
        assertEquals(List.of(stances.get(0)), text.located());
        assertEquals(List.of(false, true, true, true), stances.stream().map(text::isNotLocated).toList());
        assertEquals(String.join("", text.segments().stream().map(Segment::text).toList()), TEXT);

        HighlightedText unknown = HighlightedText.of(TEXT, stances, null);
        assertEquals(List.of(), unknown.located());
        assertEquals(List.of(TEXT + "||"), unknown.segments().stream().map(HighlightedTextTest::describe).toList());
    }

    @Test
    void noTextMeansNoSegments() {
        assertEquals(List.of(), HighlightedText.of(null, List.of(stance("a")), List.of()).segments());
    }
}
