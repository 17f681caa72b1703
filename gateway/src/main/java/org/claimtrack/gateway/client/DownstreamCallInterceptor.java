package org.claimtrack.gateway.client;

import io.quarkus.arc.ArcInvocationContext;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.claimtrack.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Runs outside the fault-tolerance interceptor (lower priority), so it sees what is left after timeouts, retries
 * and the circuit breaker: a {@link DownstreamProblem} passes on untouched, anything else becomes a
 * {@link ServiceUnavailable} naming the service, which callers can degrade on and clients get as a 503.
 */
@DownstreamCall(org.claimtrack.gateway.model.Downstream.CLAIMS)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class DownstreamCallInterceptor {

    private static final Logger LOG = Logger.getLogger(DownstreamCallInterceptor.class);

    @Inject
    GatewayConfig config;

    @AroundInvoke
    Object classifyFailures(InvocationContext context) throws Exception {
        DownstreamCall call = ArcInvocationContext.findIterceptorBinding(context, DownstreamCall.class);
        Uni<?> result = (Uni<?>) context.proceed();
        return result.onFailure(failure -> !(failure instanceof DownstreamProblem)).transform(failure -> {
            LOG.warnf("%s.%s failed: %s", call.value().serviceName(), context.getMethod().getName(), failure.toString());
            return ServiceUnavailable.of(call.value(), config.retryAfterSeconds());
        });
    }
}
