package org.claimtrack.contract;

import java.util.regex.Pattern;

/**
 * Who acts, for a service's history and text versions: the {@link ServiceWrite#ACTOR_HEADER} the gateway sets, else
 * "system". Whitespace is folded and the name cut at 200 characters, so a header cannot bloat what is stored.
 */
public final class Actor {

    public static final String SYSTEM = "system";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Actor() {
    }

    public static String of(String header) {
        if (header == null || header.isBlank()) {
            return SYSTEM;
        }
        String name = WHITESPACE.matcher(header.strip()).replaceAll(" ");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
