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
 * First start: when no user exists, creates {@code admin} with a random password, printed once to the log and written
 * to {@code claimtrack.security.admin-password-file} readable only by the owner. There is no default password.
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
        writeOwnerOnly(file, password);
        users.create(ADMIN, password, List.of(Role.ADMIN.id()));
        LOG.infof("First start: created the user '%s' with the password %s (shown only this once; also in %s, readable "
                + "only by you). Sign in at /login and add users at /admin/users.", ADMIN, password, file);
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
