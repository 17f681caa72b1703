package org.claimtrack.gateway.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The sign-in and user-management pages; templates in {@code templates/ui/}, in the web UI's layout. */
@CheckedTemplate(basePath = "ui")
final class SecurityViews {

    private SecurityViews() {
    }

    static native TemplateInstance login(boolean failed, boolean signedOut, int maxFailedLogins, long lockSeconds,
            boolean singleSignOn, String problem, String next);

    static native TemplateInstance users(List<UserResource.UserView> users, List<String> roles, String message,
            String error);
}
