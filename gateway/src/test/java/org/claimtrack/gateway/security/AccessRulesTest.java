package org.claimtrack.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule table for the web UI's pages, which the OpenAPI role matrix does not cover. */
class AccessRulesTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /, anonymous",
            "GET, /claims/abc, anonymous",
            "GET, /login, anonymous",
            "POST, /logout, anonymous",
            "GET, /claims/new, editor",
            "POST, /claims/new, editor",
            "GET, /sources/abc/edit, editor",
            "POST, /claims/abc/stances/new, editor",
            "GET, /claims/abc/verdicts/new, reviewer",
            "POST, /claims/abc/verdicts/new, reviewer",
            "GET, /imports, editor",
            "POST, /imports/upload, editor",
            "GET, /admin/users, admin",
            "POST, /admin/users/x/delete, admin",
            "POST, /some/new/thing, admin",
            "DELETE, /claims/abc, admin",
            "GET, /q/openapi, anonymous"})
    void decides(String method, String path, String role) {
        AccessRules.Rule rule = AccessRules.decide(method, path);
        assertEquals(role, rule.isPublic() ? "anonymous" : rule.role().id());
    }
}
