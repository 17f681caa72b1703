package org.claimtrack.sources.service;

/** Who acts, for a text version: the X-Claimtrack-Actor header the gateway sets, else "system". */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String of(String header) {
        if (header == null || header.isBlank()) {
            return SYSTEM;
        }
        String name = header.strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
