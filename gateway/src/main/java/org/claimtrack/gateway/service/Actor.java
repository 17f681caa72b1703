package org.claimtrack.gateway.service;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Who is acting, for the services' history. Nobody passes it along: a global provider of every REST client, this
 * filter names the actor in {@value #HEADER} as each downstream request is sent, so a client-sent header of that
 * name never reaches a service.
 */
@Provider
@Singleton
public class Actor implements ClientRequestFilter {

    public static final String HEADER = "X-Claimtrack-Actor";
    public static final String ANONYMOUS = "anonymous";
    /** The gateway itself: work outside any request that names nobody (the background snapshot-refresh retries). */
    public static final String SYSTEM = "gateway";

    /**
     * The user a thread works for outside any request: an import job runs on threads of its own after the request
     * that started it has ended, so there is no signed-in user to read. A thread-local rather than a parameter, so it
     * reaches the job's (blocking) downstream calls without every method in between carrying it.
     */
    private static final ThreadLocal<String> WORKING_FOR = new ThreadLocal<>();

    @Inject
    SecurityIdentity identity;

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HEADER, current());
    }

    /** The user this thread works for, else the current request's signed-in user, else {@link #SYSTEM}. */
    public String current() {
        String named = WORKING_FOR.get();
        if (named != null) {
            return named;
        }
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        return identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    /** {@code task}, working for {@code user} on whatever thread runs it. */
    public static Runnable workingFor(String user, Runnable task) {
        return () -> {
            WORKING_FOR.set(user);
            try {
                task.run();
            } finally {
                WORKING_FOR.remove();
            }
        };
    }

    /** {@code task}, working for the same user as the calling thread: to hand part of a job to another thread. */
    public static Runnable carriedTo(Runnable task) {
        return workingFor(WORKING_FOR.get(), task);
    }
}
