package org.claimtrack.extraction;

import java.util.List;

/** A proposed claim: one checkable sentence, where it stands in the document, and who takes which position. */
public record Proposal(String claimText, int sentenceStart, int sentenceEnd, List<ProposedStance> stances) {
}
