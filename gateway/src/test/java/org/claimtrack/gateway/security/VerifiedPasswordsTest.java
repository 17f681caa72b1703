package org.claimtrack.gateway.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static AppUser user(String name, String password) {
        AppUser user = new AppUser();
        user.username = name;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        return user;
    }

    @Test
    void aRememberedPasswordIsRecalledAndOnlyThatPassword() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5));
        AppUser editor = user("editor", "correct horse");
        assertFalse(verified.recalls(editor, "correct horse".toCharArray()), "nothing is remembered before a check");
        verified.remember(editor, "correct horse".toCharArray());
        assertTrue(verified.recalls(editor, "correct horse".toCharArray()));
        assertFalse(verified.recalls(editor, "correct horsE".toCharArray()));
        assertFalse(verified.recalls(editor, "".toCharArray()));
        assertFalse(verified.recalls(user("other", "correct horse"), "correct horse".toCharArray()),
                "another user with the same password was never verified");
    }

    @Test
    void aNewPasswordHashForgetsTheOldPassword() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5));
        AppUser editor = user("editor", "old password");
        verified.remember(editor, "old password".toCharArray());
        editor.passwordHash = BcryptUtil.bcryptHash("new password");
        assertFalse(verified.recalls(editor, "old password".toCharArray()));
    }

    @Test
    void anExpiredEntryIsNotRecalled() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofSeconds(-1));
        AppUser editor = user("editor", "a password");
        verified.remember(editor, "a password".toCharArray());
        assertFalse(verified.recalls(editor, "a password".toCharArray()));
    }
}
