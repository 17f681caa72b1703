package org.claimtrack.gateway.client;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.claimtrack.gateway.model.Downstream;

/** A downstream service could not answer (down, slow, failing or circuit open): 503 with Retry-After. */
public class ServiceUnavailable extends HttpProblem {

    private final Downstream service;

    private ServiceUnavailable(Builder builder, Downstream service) {
        super(builder);
        this.service = service;
    }

    public static ServiceUnavailable of(Downstream service, int retryAfterSeconds) {
        return new ServiceUnavailable(HttpProblem.builder()
                .withStatus(503)
                .withTitle("Service Unavailable")
                .withDetail("The " + service.serviceName() + " is unavailable (unreachable, failing or too slow); try again "
                        + "after Retry-After. A write that timed out may still have been applied: repeating a create then "
                        + "answers 409 with existingId.")
                .withHeader("Retry-After", retryAfterSeconds), service);
    }

    public Downstream service() {
        return service;
    }
}
