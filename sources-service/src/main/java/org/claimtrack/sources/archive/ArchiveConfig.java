package org.claimtrack.sources.archive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Limits for archiving a web page by URL ({@code claimtrack.archive.*}). */
@ConfigMapping(prefix = "claimtrack.archive")
public interface ArchiveConfig {

    /** Longest time one archive may take, redirects and body included. */
    @WithDefault("15s")
    Duration timeout();

    /** Largest response body read (bytes); a longer page is refused, not cut. */
    @WithDefault("5242880")
    long maxBytes();

    @WithDefault("5")
    int maxRedirects();

    /**
     * {@code host:port} targets that may be fetched although they resolve to a loopback or private address (an
     * intranet wiki, the tests' local server). Compared with the URL's host as written and its effective port.
     */
    Optional<List<String>> allowedHosts();
}
