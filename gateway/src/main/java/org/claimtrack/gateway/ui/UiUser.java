package org.claimtrack.gateway.ui;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.claimtrack.gateway.security.Role;

/** Who is looking at a page, for the header's sign-in and sign-out controls ({@code {inject:uiUser.name}}). */
@Named("uiUser")
@RequestScoped
public class UiUser {

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** Pages offer only the actions the viewer's role allows (the access rules still check every request). */
    public boolean isCanEdit() {
        return identity.hasRole(Role.EDITOR.id());
    }

    public boolean isCanReview() {
        return identity.hasRole(Role.REVIEWER.id());
    }

    /** Deletes and user management. */
    public boolean isCanAdminister() {
        return identity.hasRole(Role.ADMIN.id());
    }
}
