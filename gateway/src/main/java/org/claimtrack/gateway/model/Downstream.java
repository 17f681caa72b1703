package org.claimtrack.gateway.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The internal services behind the gateway; in answers, the name of one whose data is missing because it was
 * unreachable. {@link #SIMILAR} names one optional part of the claims-service's data, the similar-claims search: a
 * dossier answers without it rather than failing.
 */
public enum Downstream {
    CLAIMS("claims", "claims-service"),
    SOURCES("sources", "sources-service"),
    SIMILAR("similar", "claims-service's similar-claims search");

    private final String value;
    private final String serviceName;

    Downstream(String value, String serviceName) {
        this.value = value;
        this.serviceName = serviceName;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public String serviceName() {
        return serviceName;
    }
}
