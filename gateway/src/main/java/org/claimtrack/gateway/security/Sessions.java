package org.claimtrack.gateway.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Web UI sessions kept by the server. The cookie holds only a random 256-bit token; the database holds its SHA-256,
 * the user and the expiry, so the server decides how long a session lasts, and ending one (sign-out, a role change,
 * the user's deletion) holds on every replica at once. A stolen database does not yield usable cookies.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Use moves the idle expiry on at most this often, so that reading pages does not write on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Inject
    SecurityConfig config;

    Clock clock = Clock.systemUTC();

    /** Starts a session for a user whose password was just checked; returns the cookie's token. */
    @Transactional
    public String start(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        UserSession session = new UserSession();
        session.tokenHash = hash(token);
        session.username = username;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(config.sessionIdleTimeout());
        session.persist();
        return token;
    }

    /** Whose session the token is, if it is one and has not expired or been ended. */
    @Transactional
    public Optional<String> user(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        UserSession session = UserSession.findById(hash(token));
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (!session.expiresAt.isAfter(now)) {
            session.delete();
            return Optional.empty();
        }
        if (Duration.between(session.lastSeenAt, now).compareTo(TOUCH_EVERY) >= 0) {
            Instant idle = now.plus(config.sessionIdleTimeout());
            Instant cap = session.createdAt.plus(config.sessionMaxAge());
            session.lastSeenAt = now;
            session.expiresAt = idle.isBefore(cap) ? idle : cap;
        }
        return Optional.of(session.username);
    }

    /** Ends one session (sign-out). */
    @Transactional
    public void end(String token) {
        if (token != null) {
            UserSession.deleteById(hash(token));
        }
    }

    /** Ends every session of a user (role change; a deletion cascades in the database). */
    @Transactional
    public long endAll(String username) {
        return UserSession.delete("username", username);
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        UserSession.delete("expiresAt <= ?1", clock.instant());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
