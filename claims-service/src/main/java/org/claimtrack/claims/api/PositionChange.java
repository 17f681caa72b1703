package org.claimtrack.claims.api;

import java.time.Instant;

/** What a {@link Retraction} and a {@link Withdrawal} both say: from when a position stops counting, and why. */
public interface PositionChange {

    Instant at();

    String reason();

    /** The change with its reason stripped, ready to validate. */
    PositionChange normalized();
}
