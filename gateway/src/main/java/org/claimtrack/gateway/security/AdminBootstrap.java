package org.claimtrack.gateway.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * First start: when no user exists, creates {@code admin} with a random password written to
 * {@code claimtrack.security.admin-password-file}, readable only by the owner (never logged). There is no default password.
 * Replicas starting at once on one database race for it: the one whose insert loses carries on without a password.
 */
@ApplicationScoped
public class AdminBootstrap {

    static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    Users users;

    @Inject
    SecurityConfig config;

    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (!users.isEmpty()) {
            return;
        }
        String password = Users.randomPassword();
        Path file = Path.of(config.adminPasswordFile()).toAbsolutePath();
        // written before the user exists, so a crash in between never leaves an admin nobody can sign in as,
        // and moved into place only once this replica's insert has won
        Path pending = file.resolveSibling(file.getFileName() + ".pending");
        writeOwnerOnly(pending, password);
        try {
            users.create(ADMIN, password, List.of(Role.ADMIN.id()));
        } catch (RuntimeException e) {
            deleteQuietly(pending);
            if (users.isEmpty()) {
                throw e;
            }
            LOG.infof("First start: another replica created the user '%s' at the same moment; its password is in "
                    + "that replica's %s", ADMIN, file);
            return;
        }
        moveInto(pending, file);
        // never the password itself: logs are read by more people and kept longer than the owner-only file
        LOG.infof("First start: created the user '%s'; its password is in %s, readable only by the service's user. "
                + "Sign in at /login and add users at /admin/users.", ADMIN, file);
    }

    private static void moveInto(Path pending, Path file) {
        try {
            Files.move(pending, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the first admin password into " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", file, e.getMessage());
        }
    }

    /** Writes the file so that it is never readable by anyone but its owner, not even for a moment. */
    static void writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first admin password to " + file, e);
        }
    }
}
