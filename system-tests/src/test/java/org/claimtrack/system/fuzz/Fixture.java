package org.claimtrack.system.fuzz;

/** The records the fuzzer's requests refer to, created through the gateway before fuzzing. */
record Fixture(String sourceId, String otherSourceId, String documentId, String claimId, String stanceId, String quote) {

    /** A real id for a path parameter, chosen by what the path is about. */
    String idFor(String path, String param) {
        if (param.equals("stanceId")) {
            return stanceId;
        }
        if (param.equals("sourceId")) {
            return otherSourceId;
        }
        if (path.contains("/documents")) {
            return documentId;
        }
        if (path.contains("/sources") || path.contains("/source-snapshots")) {
            return otherSourceId;
        }
        return claimId;
    }
}
