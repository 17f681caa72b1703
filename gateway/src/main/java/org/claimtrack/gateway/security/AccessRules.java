package org.claimtrack.gateway.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call what: the single table of access rules. The request filter ({@link AccessFilter}) enforces it,
 * the OpenAPI document ({@link SecurityOpenApi}) declares it, and the role-matrix test checks every operation
 * against it; the first matching rule wins. A {@code *} in a path stands for one segment, a trailing {@code **}
 * for any rest. Requests that match no rule are left to {@link #fallback}: reads are public, anything else is
 * for admins only, so an endpoint added without a rule is never open for writing.
 */
public final class AccessRules {

    /** One rule: these methods on paths matching this pattern need this role ({@code null}: open to anyone). */
    public record Rule(Set<String> methods, String pattern, Role role) {

        boolean matches(String method, String path) {
            return methods.contains(method) && PathPattern.matches(pattern, path);
        }

        public boolean isPublic() {
            return role == null;
        }
    }

    private static final Set<String> READ = Set.of("GET", "HEAD");
    private static final Set<String> WRITE = Set.of("POST", "PUT", "PATCH");
    private static final Set<String> DELETE = Set.of("DELETE");
    private static final Set<String> ANY = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    static final List<Rule> RULES = List.of(
            // API tokens: any signed-in user manages its own (TokenResource lets admins reach others')
            new Rule(Set.of("GET", "HEAD", "POST"), "/api/tokens", Role.EDITOR),
            new Rule(Set.of("DELETE"), "/api/tokens/*", Role.EDITOR),
            // user management, as API and page
            new Rule(ANY, "/api/users/**", Role.ADMIN),
            new Rule(ANY, "/api/webhooks", Role.ADMIN),
            new Rule(ANY, "/api/webhooks/**", Role.ADMIN),
            // the list of import jobs names who imported what: editors (a job itself is read by its unguessable id)
            new Rule(READ, "/api/imports", Role.EDITOR),
            new Rule(ANY, "/admin/**", Role.ADMIN),
            // verdicts: reviewers; their form page too
            new Rule(WRITE, "/api/claims/*/verdicts", Role.REVIEWER),
            new Rule(WRITE, "/api/claims/*/verdicts/*/withdrawal", Role.REVIEWER),
            new Rule(Set.of("GET", "HEAD", "POST"), "/claims/*/verdicts/new", Role.REVIEWER),
            new Rule(Set.of("GET", "HEAD", "POST"), "/claims/*/verdicts/*/withdraw", Role.REVIEWER),
            // publishing a claim (the last work status): reviewers; the desk's internal notes are read by editors only
            new Rule(WRITE, "/api/claims/*/workflow/publication", Role.REVIEWER),
            new Rule(Set.of("POST"), "/claims/*/publish", Role.REVIEWER),
            new Rule(READ, "/api/claims/*/notes", Role.EDITOR),
            new Rule(Set.of("GET", "HEAD", "POST"), "/claims/*/workflow", Role.EDITOR),
            new Rule(Set.of("GET", "HEAD", "POST"), "/claims/*/notes", Role.EDITOR),
            new Rule(Set.of("GET", "HEAD", "POST"), "/claims/*/notes/*", Role.EDITOR),
            // the web UI's delete confirmations, as the API's deletes: admins
            new Rule(Set.of("GET", "HEAD", "POST"), "/*/*/delete", Role.ADMIN),
            new Rule(Set.of("GET", "HEAD", "POST"), "/claims/*/stances/*/delete", Role.ADMIN),
            // everything else that changes data: editors; deletes: admins
            new Rule(DELETE, "/api/**", Role.ADMIN),
            new Rule(WRITE, "/api/**", Role.EDITOR),
            // the web UI's edit forms (pages and posts) and the import page
            new Rule(Set.of("GET", "HEAD", "POST"), "/*/new", Role.EDITOR),
            new Rule(Set.of("GET", "HEAD", "POST"), "/*/*/edit", Role.EDITOR),
            new Rule(Set.of("GET", "HEAD", "POST"), "/documents/archive", Role.EDITOR),
            new Rule(Set.of("GET", "HEAD", "POST"), "/claims/*/stances/new", Role.EDITOR),
            new Rule(Set.of("GET", "HEAD", "POST"), "/claims/*/stances/*/retract", Role.EDITOR),
            new Rule(Set.of("POST"), "/parties/merge", Role.EDITOR),
            // claim extraction: proposing from a document and reviewing the proposals (issue 19)
            new Rule(Set.of("POST"), "/documents/*/extract", Role.EDITOR),
            new Rule(ANY, "/extractions/**", Role.EDITOR),
            // a signed-in user's own API tokens (every role includes editor, as /api/tokens)
            new Rule(Set.of("GET", "HEAD", "POST"), "/account/**", Role.EDITOR),
            new Rule(ANY, "/imports/**", Role.EDITOR),
            new Rule(ANY, "/imports", Role.EDITOR),
            // signing in and out needs no role (the one checks a password, the other ends the caller's own session)
            new Rule(Set.of("POST"), "/j_security_check", null),
            new Rule(Set.of("POST"), "/logout", null),
            // reading is public: the API, the UI pages, ClaimReview, OpenAPI, health
            new Rule(READ, "/**", null));

    /** The rule for requests no rule covers. */
    public static final Rule FALLBACK_READ = new Rule(READ, "/**", null);
    public static final Rule FALLBACK_OTHER = new Rule(ANY, "/**", Role.ADMIN);

    private AccessRules() {
    }

    /** The explicit rule for a request, if one covers it. */
    public static Optional<Rule> find(String method, String path) {
        return RULES.stream().filter(r -> r.matches(method, path)).findFirst();
    }

    /** The rule that decides a request: the explicit one, else the fallback. */
    public static Rule decide(String method, String path) {
        return find(method, path).orElseGet(() -> fallback(method));
    }

    static Rule fallback(String method) {
        return READ.contains(method) ? FALLBACK_READ : FALLBACK_OTHER;
    }

    /** Matches paths against the patterns above. */
    static final class PathPattern {

        private PathPattern() {
        }

        static boolean matches(String pattern, String path) {
            String[] p = split(pattern);
            String[] s = split(path);
            for (int i = 0; i < p.length; i++) {
                if (p[i].equals("**")) {
                    return true;
                }
                if (i >= s.length || !(p[i].equals("*") || p[i].equals(s[i]))) {
                    return false;
                }
            }
            return p.length == s.length;
        }

        private static String[] split(String path) {
            String trimmed = path.startsWith("/") ? path.substring(1) : path;
            if (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
        }
    }
}
