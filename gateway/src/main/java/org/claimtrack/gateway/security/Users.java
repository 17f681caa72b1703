package org.claimtrack.gateway.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** The embedded user store: bcrypt-hashed passwords and role sets in the gateway's database. */
@ApplicationScoped
public class Users {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    static final Duration REMEMBERED = Duration.ofMinutes(5);

    @Inject
    Sessions sessions;

    private final VerifiedPasswords verified = new VerifiedPasswords(REMEMBERED);

    /** Checked against when the user does not exist, so that a wrong name takes as long as a wrong password. */
    private final String decoyHash = BcryptUtil.bcryptHash(randomPassword());

    @Transactional
    public List<AppUser> list() {
        return AppUser.listAll(io.quarkus.panache.common.Sort.ascending("username"));
    }

    @Transactional
    public Optional<AppUser> find(String username) {
        // a name holding NUL is nobody's (user names are letters, digits and . _ @ -), and PostgreSQL cannot compare it
        if (username == null || username.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return AppUser.findByIdOptional(username);
    }

    @Transactional
    public boolean isEmpty() {
        return AppUser.count() == 0;
    }

    /** Creates a user; the caller has validated the input and checked the name is free. */
    @Transactional
    public AppUser create(String username, String password, Collection<String> roles) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.roles = String.join(",", new TreeSet<>(roles));
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    /** Gives an existing user a new password and ends its sessions (signed in with the old one). */
    @Transactional
    public AppUser changePassword(String username, String password) {
        AppUser user = existing(username);
        user.passwordHash = BcryptUtil.bcryptHash(password);
        sessions.endAll(username);
        return user;
    }

    /** Creates a user from validated input; 409 when the name is taken. */
    @Transactional
    public AppUser add(String username, String password, Collection<String> roles) {
        if (AppUser.findByIdOptional(username).isPresent()) {
            throw HttpProblem.builder().withStatus(409).withTitle("Conflict")
                    .withDetail("A user named " + username + " exists already.").build();
        }
        return create(username, password, roles);
    }

    /**
     * The user a single sign-on (OIDC) stands for, made at its first sign-in and given the provider's roles at every
     * one (a role change there ends its sessions here). Its password is random and never shown: it signs in only
     * through the provider. A local user of the same name is never taken over: 409.
     */
    @Transactional
    public AppUser signedOnElsewhere(String username, Set<String> roles) {
        AppUser user = AppUser.findById(username, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            user = create(username, randomPassword(), roles);
            user.origin = AppUser.SINGLE_SIGN_ON;
            return user;
        }
        if (!AppUser.SINGLE_SIGN_ON.equals(user.origin)) {
            throw HttpProblem.builder().withStatus(409).withTitle("Conflict").withDetail("A local user named " + username
                    + " exists already; single sign-on does not take it over. An admin can rename or delete it.").build();
        }
        if (!user.roleSet().equals(Set.copyOf(roles))) {
            sessions.endAll(username);
            user.roles = String.join(",", new TreeSet<>(roles));
        }
        return user;
    }

    /** Replaces a user's roles; 404 for an unknown name, 409 if that would leave no admin. */
    @Transactional
    public AppUser changeRoles(String username, Set<String> roles) {
        lockAllUsers();
        AppUser user = existing(username);
        if (!roles.contains(Role.ADMIN.id())) {
            keepAnAdmin(user);
        }
        if (!user.roleSet().equals(Set.copyOf(roles))) {
            sessions.endAll(username); // signed in under the old roles: sign in again
        }
        user.roles = String.join(",", new TreeSet<>(roles));
        return user;
    }

    /** Deletes a user; 404 for an unknown name, 409 for the last admin. */
    @Transactional
    public void remove(String username) {
        lockAllUsers();
        AppUser user = existing(username);
        keepAnAdmin(user);
        user.delete();
    }

    private static AppUser existing(String username) {
        return AppUser.<AppUser>findByIdOptional(username).orElseThrow(() -> HttpProblem.builder().withStatus(404)
                .withTitle("Not Found").withDetail("No user named " + username + ".").build());
    }

    /**
     * Serialises changes that could remove an admin: without the lock, two admins demoting each other at once both
     * count two admins and both succeed. First in the transaction, so the rows read are the ones just committed.
     */
    private static void lockAllUsers() {
        AppUser.findAll().withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Someone must always be able to manage users: the last admin can be neither removed nor demoted. */
    private static void keepAnAdmin(AppUser user) {
        String admin = Role.ADMIN.id();
        if (user.roleSet().contains(admin)
                && AppUser.<AppUser>streamAll().filter(u -> u.roleSet().contains(admin)).count() <= 1) {
            throw HttpProblem.builder().withStatus(409).withTitle("Conflict")
                    .withDetail(user.username + " is the last admin; make another user admin first.").build();
        }
    }

    /**
     * The user, if the name exists and the password matches its bcrypt hash (~100 ms of CPU; a wrong name takes as
     * long as a wrong password). A match is remembered for {@link #REMEMBERED}, so that {@link #recall} recognises the
     * next requests of an API client sending HTTP Basic each time without bcrypt; callers try {@link #recall} first.
     */
    public Optional<AppUser> verify(String username, char[] password) {
        Optional<AppUser> user = find(username);
        boolean matches = matches(user.map(u -> u.passwordHash).orElse(decoyHash), password);
        if (matches) {
            verified.remember(user.get(), password);
        }
        return matches ? user : Optional.empty();
    }

    /** The user, if this password was verified for it in the last {@link #REMEMBERED}: no bcrypt, not a guess. */
    public Optional<AppUser> recall(String username, char[] password) {
        return find(username).filter(user -> verified.recalls(user, password));
    }

    static boolean matches(String hash, char[] password) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(stored), password);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** A fresh random password: 24 URL-safe characters (144 bits). */
    public static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
