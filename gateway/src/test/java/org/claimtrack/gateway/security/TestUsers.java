package org.claimtrack.gateway.security;

import io.quarkus.runtime.StartupEvent;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Predictable users for tests, one per role, created in the test database at startup (after the first-start admin,
 * see {@link AdminBootstrap}). Authenticate a request with {@code TestUsers.editor()} (or {@code reviewer()},
 * {@code admin()}), or {@code given().auth().preemptive().basic(TestUsers.EDITOR, TestUsers.PASSWORD)}.
 */
@ApplicationScoped
public class TestUsers {

    public static final String EDITOR = "test-editor";
    public static final String REVIEWER = "test-reviewer";
    public static final String ADMIN = "test-admin";
    /** Test-only password of the three test users (the test database is in memory or dropped after the run). */
    public static final String PASSWORD = "test-password-" + "not-for-production";

    @Inject
    Users users;

    void create(@Observes StartupEvent event) {
        create(EDITOR, Role.EDITOR);
        create(REVIEWER, Role.REVIEWER);
        create(ADMIN, Role.ADMIN);
    }

    private void create(String name, Role role) {
        if (users.find(name).isEmpty()) {
            users.create(name, PASSWORD, List.of(role.id()));
        }
    }

    public static RequestSpecification editor() {
        return as(EDITOR);
    }

    public static RequestSpecification reviewer() {
        return as(REVIEWER);
    }

    public static RequestSpecification admin() {
        return as(ADMIN);
    }

    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, PASSWORD);
    }
}
