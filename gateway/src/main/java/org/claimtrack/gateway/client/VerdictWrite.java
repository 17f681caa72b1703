package org.claimtrack.gateway.client;

import org.claimtrack.gateway.model.Rating;
import org.claimtrack.gateway.model.VerdictInput;

/** A verdict as the claims-service takes it: signed, with who signed it (and for whom) in {@code reviewer}. */
public record VerdictWrite(Rating rating, String explanation, String reviewer) {

    /**
     * The verdict signed by {@code signer} (the given reviewer, else the signed-in user), "on behalf of" someone when
     * the input names them.
     */
    public static VerdictWrite signed(VerdictInput input, String signer) {
        String by = input.reviewer() == null || input.reviewer().isBlank() ? signer : input.reviewer().strip();
        String onBehalfOf = input.onBehalfOf() == null || input.onBehalfOf().isBlank() ? null : input.onBehalfOf().strip();
        return new VerdictWrite(input.rating(), input.explanation(), onBehalfOf == null ? by : by + " on behalf of " + onBehalfOf);
    }
}
