package org.claimtrack.gateway.client;

import java.util.List;

/** A downstream list answered without paging: {@code {"items": [...]}}. */
public record Items<T>(List<T> items) {
    public List<T> items() {
        return items == null ? List.of() : items;
    }
}
