package org.claimtrack.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void probe() throws Exception {
        for (String text : Files.readString(Path.of("/tmp/probe/sentences.txt")).split("\n=====\n")) {
            System.out.println("################ " + text.substring(0, Math.min(80, text.length())).replace('\n', ' '));
            for (Proposal p : new Extractor(AttributionRulesTest.REGISTRY).extract(
                    new Article(text, "en", AttributionRulesTest.PUBLISHED, AttributionRulesTest.PUBLISHER))) {
                System.out.println("• " + p.claimText());
                for (ProposedStance s : p.stances()) {
                    System.out.println("    " + s.position() + " " + s.speaker().name() + " [" + s.speaker().kind() + "/"
                            + s.speaker().party() + "] «" + s.quote().exact() + "» (" + s.reason() + ")");
                }
            }
        }
    }
}
