package org.claimtrack.system;

/**
 * One system shared by every test class of a test JVM that does not break it on purpose (journeys, fuzzing,
 * concurrency, browser tests): started on first use, stopped when the JVM exits.
 */
public final class SharedSystem {

    private static ClaimtrackSystem system;

    private SharedSystem() {
    }

    public static synchronized ClaimtrackSystem get() {
        if (system == null) {
            // FuzzIT's valid webhook subscription names the documented example host, which needs no DNS when allowed
            system = ClaimtrackSystem.builder("shared")
                    .config(ClaimtrackSystem.Service.GATEWAY, "claimtrack.webhooks.allowed-hosts", "cms.example.org").start();
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "claimtrack-system-stop"));
        }
        return system;
    }
}
