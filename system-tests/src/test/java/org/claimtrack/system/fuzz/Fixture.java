package org.claimtrack.system.fuzz;

/** The records the fuzzer's requests refer to, created through the gateway before fuzzing. */
record Fixture(String sourceId, String otherSourceId, String documentId, String claimId, String stanceId, String quote,
        String username, String verdictId, String partyId, String importId, String gatewayStanceSourceId,
        String serviceStanceSourceId, String gatewayMergedPartyId, String serviceMergedPartyId, String serviceStanceId,
        String serviceVerdictId, String webhookId, String extractionId) {

    /** A real id for a path parameter of an operation of {@code service}. */
    String idFor(String service, String path, String param) {
        if (path.endsWith("/merge")) {
            return service.equals("gateway") ? gatewayMergedPartyId : serviceMergedPartyId; // merged into partyId
        }
        if (service.equals("claims-service") && param.equals("stanceId")) {
            return serviceStanceId; // the gateway's valid retraction has retracted the other one
        }
        if (service.equals("claims-service") && param.equals("verdictId")) {
            return serviceVerdictId; // likewise withdrawn
        }
        return idFor(path, param);
    }

    /** A real id for a path parameter, chosen by what the path is about. */
    String idFor(String path, String param) {
        if (path.contains("/extractions")) {
            return param.equals("index") ? "0" : extractionId; // its first proposal
        }
        if (param.equals("username")) {
            return username;
        }
        if (param.equals("verdictId")) {
            return verdictId;
        }
        if (param.equals("number")) {
            return "1"; // a document's text version
        }
        if (path.contains("/parties")) {
            return partyId;
        }
        if (path.contains("/imports")) {
            return importId;
        }
        if (path.contains("/webhooks")) {
            return webhookId;
        }
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
