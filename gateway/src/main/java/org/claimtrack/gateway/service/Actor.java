package org.claimtrack.gateway.service;

/** Who is acting, for the services' history. Until sign-in exists it comes from an optional request header. */
public final class Actor {

    public static final String HEADER = "X-Claimtrack-Actor";
    public static final String ANONYMOUS = "anonymous";
    /** The gateway itself, for work it does on its own (background retries). */
    public static final String SYSTEM = "gateway";

    private Actor() {
    }

    public static String of(String header) {
        return header == null || header.isBlank() ? ANONYMOUS : header.strip();
    }
}
