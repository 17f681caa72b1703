package org.claimtrack.claims.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimtrack.claims.search.SearchService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the search index is open and caught up with the change feed (q and similar claims answer). */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    private final SearchService search;

    public SearchReadiness(SearchService search) {
        this.search = search;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search index").status(search.ready())
                .withData("appliedChange", search.index().applied()).build();
    }
}
