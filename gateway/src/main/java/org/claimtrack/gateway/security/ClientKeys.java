package org.claimtrack.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;

/** Who a request counts against, for limits: its API token, else its signed-in user, else its client address. */
public final class ClientKeys {

    public static final String ADDRESS = "address:";
    /** The id of the API token a request was authenticated with (set by {@link ApiTokenAuthentication}). */
    static final String API_TOKEN_ATTRIBUTE = "claimtrack.api-token";

    private ClientKeys() {
    }

    public static String of(SecurityIdentity identity, String clientAddress) {
        if (identity != null && !identity.isAnonymous()) {
            Object token = identity.getAttribute(API_TOKEN_ATTRIBUTE);
            return token != null ? "token:" + token : "user:" + identity.getPrincipal().getName();
        }
        return ADDRESS + LoginThrottle.addressKey(clientAddress);
    }
}
