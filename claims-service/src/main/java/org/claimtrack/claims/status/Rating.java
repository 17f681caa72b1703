package org.claimtrack.claims.status;

/** A reviewer's verdict on a claim (ClaimReview ratingValue 5..1; UNVERIFIABLE has none). */
public enum Rating {
    TRUE(VerificationStatus.VERIFIED),
    MOSTLY_TRUE(VerificationStatus.VERIFIED),
    MIXED(VerificationStatus.MISLEADING),
    MOSTLY_FALSE(VerificationStatus.FALSE),
    FALSE(VerificationStatus.FALSE),
    UNVERIFIABLE(VerificationStatus.UNVERIFIABLE);

    private final VerificationStatus status;

    Rating(VerificationStatus status) {
        this.status = status;
    }

    /** The status a claim takes while this is its latest verdict. */
    public VerificationStatus status() {
        return status;
    }
}
