package org.claimtrack.sources.rest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.claimtrack.testing.LocalWebsite;

/**
 * Starts the local web server the archive tests fetch from, and allows exactly its 127.0.0.1:port (every other
 * loopback or private target stays refused). Short limits keep the timeout and size tests quick.
 */
public class LocalWebsiteResource implements QuarkusTestResourceLifecycleManager {

    static LocalWebsite website;

    @Override
    public Map<String, String> start() {
        website = new LocalWebsite();
        return Map.of("claimtrack.archive.allowed-hosts", website.hostPort(),
                "claimtrack.archive.timeout", "2s",
                "claimtrack.archive.max-bytes", "300000",
                "claimtrack.archive.max-redirects", "3");
    }

    @Override
    public void stop() {
        website.close();
    }
}
