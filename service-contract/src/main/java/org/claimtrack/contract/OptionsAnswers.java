package org.claimtrack.contract;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** OPTIONS names the methods of the path asked about ({@link AllowedMethods}). */
public class OptionsAnswers {

    @ServerResponseFilter
    public void allow(ContainerRequestContext request, ContainerResponseContext response) {
        AllowedMethods.correctOptions(request, response);
    }
}
