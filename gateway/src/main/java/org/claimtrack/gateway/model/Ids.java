package org.claimtrack.gateway.model;

/** The one definition of what the gateway accepts as an id, so every parameter is checked alike. */
public final class Ids {
    public static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    public static final String UUID_MESSAGE = "must be a UUID";

    private Ids() {
    }
}
