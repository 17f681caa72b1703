package org.claimtrack.claims.service;

import org.claimtrack.claims.domain.Claim;

/** A stance or verdict just written (added, retracted, withdrawn) and its claim, whose new version is the ETag. */
public record Written<T>(T item, Claim claim) {
}
