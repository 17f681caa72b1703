package org.claimtrack.system.fuzz;

import java.util.Map;
import java.util.TreeMap;

/** What the data looked like at one moment: counts and versions, each read from the service that owns it. */
record Snapshot(Map<String, String> values) {

    Snapshot {
        values = new TreeMap<>(values);
    }

    String diff(Snapshot after) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> {
            String other = after.values().get(k);
            if (!v.equals(other)) {
                out.append(k).append(": ").append(v).append(" -> ").append(other).append("; ");
            }
        });
        return out.toString();
    }
}
