package org.claimtrack.gateway.client;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A 4xx problem answered by a downstream service. The gateway passes it on unchanged: same status, title, detail
 * and extra members (errors, existingId, …); only {@code instance} becomes the gateway's own path.
 */
public class DownstreamProblem extends HttpProblem {

    DownstreamProblem(Builder builder) {
        super(builder);
    }
}
