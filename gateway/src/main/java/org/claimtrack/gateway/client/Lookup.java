package org.claimtrack.gateway.client;

import java.util.List;

/** Answer of a batched look-up by ids. */
public record Lookup<T>(List<T> items, List<String> missingIds) {
    public List<T> items() {
        return items == null ? List.of() : items;
    }

    /** Request body of a batched look-up. */
    public record Request(List<String> ids) {
    }
}
