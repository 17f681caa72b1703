package org.claimtrack.gateway.model;

import java.util.OptionalInt;

/** A reviewer's rating, with its ClaimReview value (5 best … 1 worst; UNVERIFIABLE has none) and words. */
public enum Rating {
    TRUE(5, "True"),
    MOSTLY_TRUE(4, "Mostly true"),
    MIXED(3, "Mixed"),
    MOSTLY_FALSE(2, "Mostly false"),
    FALSE(1, "False"),
    UNVERIFIABLE(0, "Unverifiable");

    private final int value;
    private final String words;

    Rating(int value, String words) {
        this.value = value;
        this.words = words;
    }

    public OptionalInt ratingValue() {
        return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    public String words() {
        return words;
    }
}
