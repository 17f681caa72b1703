package org.claimtrack.extraction;

import java.util.Locale;

/** A word or punctuation mark of the document, with its UTF-16 offsets (end exclusive). Spaces are not tokens. */
public record Token(String text, int start, int end, boolean word) {

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean capitalized() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean numeric() {
        return text.chars().anyMatch(Character::isDigit);
    }

    public boolean is(String punctuation) {
        return text.equals(punctuation);
    }

    /** Opening or closing quotation marks of any typography. */
    public boolean quoteMark() {
        return !word && text.length() == 1 && "\"“”„«»‘’'".indexOf(text.charAt(0)) >= 0;
    }

    /** "G" of "Carlos G. Ortiz", "S" of "S K Saini": one capital letter, a name's initial. */
    public boolean initial() {
        return word && text.length() == 1 && Character.isUpperCase(text.charAt(0));
    }

    /** "NATO", "WHO", "U.S.": a word of two characters or more, all capitals, no digits. */
    public boolean allCapitals() {
        return word && text.length() > 1 && !numeric() && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /**
     * A mark that opens or closes a quotation: double marks and guillemets. Single marks are left out, as they are
     * also apostrophes ("the States' claims").
     */
    public boolean quotationMark() {
        return !word && text.length() == 1 && "\"“”„«»".indexOf(text.charAt(0)) >= 0;
    }

    public boolean dash() {
        return !word && text.length() == 1 && "–—-―".indexOf(text.charAt(0)) >= 0;
    }
}
