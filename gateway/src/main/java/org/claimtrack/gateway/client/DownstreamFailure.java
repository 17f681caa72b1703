package org.claimtrack.gateway.client;

/** A downstream answer the gateway cannot pass on (5xx, 401/403, not a problem body); becomes a 503. */
public class DownstreamFailure extends RuntimeException {

    public DownstreamFailure(int status) {
        super("downstream answered " + status);
    }
}
