package org.claimtrack.claims.service;

/** Who acts, for the history: the X-Claimtrack-Actor header the gateway sets, else "system". */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String of(String header) {
        if (header == null || header.isBlank()) {
            return SYSTEM;
        }
        String name = Tokens.tidy(header);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
