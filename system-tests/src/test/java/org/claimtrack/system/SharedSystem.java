package org.claimtrack.system;

import org.claimtrack.testing.LocalWebsite;

/**
 * One system shared by every test class of a test JVM that does not break it on purpose (journeys, fuzzing,
 * concurrency, browser tests): started on first use, stopped when the JVM exits.
 */
public final class SharedSystem {

    private static ClaimtrackSystem system;
    private static LocalWebsite website;

    private SharedSystem() {
    }

    public static synchronized ClaimtrackSystem get() {
        if (system == null) {
            // a page server on loopback that the sources-service may archive from (and no other loopback address)
            website = new LocalWebsite();
            // any address under /pages/ is a small article: the fuzzer's archive baselines need a fresh one each time
            website.serveUnder("/pages/", LocalWebsite.Page.html("<!doctype html><title>A page to archive</title>"
                    + "<p>Yesterday the ministry said the troops had left, observers said.</p>"));
            system = ClaimtrackSystem.builder("shared")
                    .config(ClaimtrackSystem.Service.SOURCES, "claimtrack.archive.allowed-hosts", website.hostPort())
                    // FuzzIT's valid webhook subscription names the documented example host, which needs no DNS when allowed
                    .config(ClaimtrackSystem.Service.GATEWAY, "claimtrack.webhooks.allowed-hosts", "cms.example.org,127.0.0.1")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                system.close();
                website.close();
            }, "claimtrack-system-stop"));
        }
        return system;
    }

    /** The web pages the shared system is allowed to archive by URL. */
    public static synchronized LocalWebsite website() {
        get();
        return website;
    }
}
