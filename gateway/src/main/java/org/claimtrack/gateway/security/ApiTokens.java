package org.claimtrack.gateway.security;

import org.claimtrack.contract.TimeOrderedIds;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * API tokens for newsroom tools, sent as {@code Authorization: Bearer ct_…}. A user creates them for itself; an admin
 * also for another user (an integration account). The token is shown once and kept as its SHA-256. It grants one
 * role, at most what its creator could grant, and never more than its user holds when it is used (a demoted user's
 * tokens shrink with it). Tokens expire, record their last use, and can be revoked; deleting the user deletes them.
 */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "ct_";
    static final int MAX_DAYS = 365;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Use is recorded at most this often, so that a busy tool does not write on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    Clock clock = Clock.systemUTC();

    /** A token just made: the record, and the token itself, which is never shown again. */
    public record Created(ApiToken record, String token) {
    }

    /** Who a valid token speaks for, and with which role; the token's id keys its rate limit. */
    public record Grant(UUID tokenId, String username, Role role) {
    }

    @Transactional
    public Created create(SecurityIdentity creator, String owner, String name, Optional<Role> wanted, int days) {
        String creatorName = creator.getPrincipal().getName();
        String username = owner == null || owner.isBlank() ? creatorName : owner;
        boolean forSelf = username.equals(creatorName);
        if (!forSelf && !creator.hasRole(Role.ADMIN.id())) {
            throw problem(403, "Forbidden", "Only an admin creates tokens for another user.", null);
        }
        AppUser user = AppUser.findById(username);
        if (user == null) {
            throw forSelf ? problem(409, "Conflict", "API tokens belong to users of this gateway's own sign-in; "
                    + creatorName + " signs in through the identity provider, whose tokens it can use instead.", null)
                    : problem(404, "Not Found", "No user named " + username + ".", "username");
        }
        Role ceiling = forSelf ? highest(creator.getRoles()) : highest(user.roleSet());
        Role role = wanted.orElse(ceiling);
        if (ceiling == null || role.compareTo(ceiling) > 0) {
            throw problem(400, "Bad Request", "A token can grant at most the role " + (forSelf ? "you have" : username + " has")
                    + (ceiling == null ? "" : " (" + ceiling.id() + ")") + ".", "role");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken record = new ApiToken();
        record.id = TimeOrderedIds.next();
        record.tokenHash = Sessions.hash(token);
        record.username = username;
        record.name = name.strip();
        record.role = role.id();
        record.createdBy = creatorName;
        record.createdAt = now;
        record.expiresAt = now.plus(Duration.ofDays(days));
        record.persist();
        return new Created(record, token);
    }

    /** The tokens of a user, newest first (revoked and expired ones included: they are its record). */
    @Transactional
    public List<ApiToken> list(String username) {
        return ApiToken.<ApiToken>list("username", io.quarkus.panache.common.Sort.descending("createdAt"), username);
    }

    /** Revokes a token of the caller's, or any token for an admin; 404 for a token the caller cannot see. */
    @Transactional
    public ApiToken revoke(UUID id, SecurityIdentity caller) {
        ApiToken token = ApiToken.findById(id);
        if (token == null || !(token.username.equals(caller.getPrincipal().getName()) || caller.hasRole(Role.ADMIN.id()))) {
            throw problem(404, "Not Found", "No token with id " + id + " of yours.", null);
        }
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
        }
        return token;
    }

    /** Whom a presented token speaks for, if it is one, not expired, not revoked, and its user still has a role. */
    @Transactional
    public Optional<Grant> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() != PREFIX.length() + 43) {
            return Optional.empty();
        }
        ApiToken record = ApiToken.find("tokenHash", Sessions.hash(token)).firstResult();
        Instant now = clock.instant();
        if (record == null || record.revokedAt != null || !record.expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        AppUser user = AppUser.findById(record.username);
        Role held = user == null ? null : highest(user.roleSet());
        Role granted = Role.of(record.role).orElse(null);
        if (held == null || granted == null) {
            return Optional.empty();
        }
        if (record.lastUsedAt == null || Duration.between(record.lastUsedAt, now).compareTo(TOUCH_EVERY) >= 0) {
            record.lastUsedAt = now;
        }
        return Optional.of(new Grant(record.id, record.username, granted.compareTo(held) <= 0 ? granted : held));
    }

    private static Role highest(java.util.Collection<String> roles) {
        return roles.stream().map(Role::of).flatMap(Optional::stream).max(Comparator.naturalOrder()).orElse(null);
    }

    private static HttpProblem problem(int status, String title, String detail, String field) {
        HttpProblem.Builder builder = HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail);
        if (field != null) {
            builder.with("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return builder.build();
    }
}
