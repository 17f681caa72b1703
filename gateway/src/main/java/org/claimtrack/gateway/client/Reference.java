package org.claimtrack.gateway.client;

import java.util.List;

/** How many stances cite a source or document, and (up to 20 of) the claims they are on. */
public record Reference(String kind, String id, int stanceCount, List<String> claimIds) {
}
