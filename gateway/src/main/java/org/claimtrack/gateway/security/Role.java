package org.claimtrack.gateway.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles, from least to most rights. Each role includes the rights of the ones before it: a reviewer is also an
 * editor, an admin is also a reviewer. {@link RoleHierarchy} adds the included roles to every identity, so a rule
 * only ever names the least role it needs.
 */
public enum Role {
    /** Creates and edits claims, sources, documents and stances; runs imports. */
    EDITOR,
    /** Everything an editor can, plus verdicts. */
    REVIEWER,
    /** Everything, plus deletes and user management. */
    ADMIN;

    /** The name used in role sets, tokens and the user store: {@code editor}, {@code reviewer}, {@code admin}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role it includes. */
    public Set<String> withIncluded() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::id).collect(Collectors.toSet());
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Role::id).toList();
    }
}
