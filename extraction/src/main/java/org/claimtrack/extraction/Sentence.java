package org.claimtrack.extraction;

import java.util.List;

/** One sentence (or heading line) of the document: its offsets and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {

    /** Headings, captions and page furniture carry no sentence-ending punctuation; they state nothing. */
    public boolean endsLikeSentence() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.quoteMark() || token.is(")")) {
                continue;
            }
            // "… talks with the U.S.": the initials' full stop ends the sentence too
            return token.is(".") || token.is("!") || token.is("?") || token.word() && token.text().matches("(\\p{Lu}\\.){2,}");
        }
        return false;
    }
}
