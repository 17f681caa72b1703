package org.claimtrack.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-start admin, including two replicas racing for it on one database. */
class AdminBootstrapTest {

    @TempDir
    Path dir;

    /** A user store whose insert can be made to lose the race to another replica. */
    static class Store extends Users {
        final List<String> created = new ArrayList<>();
        boolean otherReplicaWins;
        boolean failOutright;

        @Override
        public boolean isEmpty() {
            return created.isEmpty();
        }

        @Override
        public AppUser create(String username, String password, Collection<String> roles) {
            if (otherReplicaWins) {
                created.add("admin (other replica)");
                throw new IllegalStateException("duplicate key: admin");
            }
            if (failOutright) {
                throw new IllegalStateException("database gone");
            }
            created.add(username);
            return null;
        }
    }

    private AdminBootstrap bootstrap(Store store, Path file) {
        AdminBootstrap bootstrap = new AdminBootstrap();
        bootstrap.users = store;
        bootstrap.config = (SecurityConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SecurityConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("adminPasswordFile")) {
                        return file.toString();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return bootstrap;
    }

    @Test
    void firstStartCreatesAdminAndAnOwnerOnlyPasswordFile() throws Exception {
        Store store = new Store();
        Path file = dir.resolve("admin-password");
        bootstrap(store, file).onStart(null);

        assertEquals(List.of("admin"), store.created);
        assertTrue(Files.readString(file).strip().length() >= 16);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(Files.exists(dir.resolve("admin-password.pending")));
    }

    @Test
    void aReplicaThatLosesTheRaceStartsWithoutWritingAPassword() {
        Store store = new Store();
        store.otherReplicaWins = true;
        Path file = dir.resolve("admin-password");
        bootstrap(store, file).onStart(null);

        assertFalse(Files.exists(file), "a password that is not the admin's must not be written");
        assertFalse(Files.exists(dir.resolve("admin-password.pending")));
    }

    @Test
    void anyOtherFailureStopsTheStart() {
        Store store = new Store();
        store.failOutright = true;
        Path file = dir.resolve("admin-password");
        assertThrows(IllegalStateException.class, () -> bootstrap(store, file).onStart(null));
        assertFalse(Files.exists(file));
    }

    @Test
    void laterStartsLeaveUsersAndFileAlone() {
        Store store = new Store();
        store.created.add("admin");
        Path file = dir.resolve("admin-password");
        bootstrap(store, file).onStart(null);
        assertEquals(List.of("admin"), store.created);
        assertFalse(Files.exists(file));
    }
}
