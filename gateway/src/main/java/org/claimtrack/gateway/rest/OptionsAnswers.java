package org.claimtrack.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.claimtrack.contract.AllowedMethods;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * OPTIONS names the methods of the path asked about ({@link AllowedMethods}); the services register the contract's
 * own filter by indexing the module, which the gateway does not (it takes only some of its rules).
 */
public class OptionsAnswers {

    @ServerResponseFilter
    public void allow(ContainerRequestContext request, ContainerResponseContext response) {
        AllowedMethods.correctOptions(request, response);
    }
}
