package org.claimtrack.gateway.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords bcrypt has recently accepted, remembered as an HMAC under a key that lives only in this process. An entry
 * counts only while the user's stored hash is the one it was verified against (a new password forgets it at once) and
 * for a limited time.
 */
final class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, String passwordHash, long expiresAtNanos) {
    }

    private final Map<String, Entry> byUser = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final long ttlNanos;

    VerifiedPasswords(Duration ttl) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttlNanos = ttl.toNanos();
    }

    boolean recalls(AppUser user, char[] password) {
        Entry entry = byUser.get(user.username);
        if (entry == null || !entry.passwordHash().equals(user.passwordHash)
                || System.nanoTime() - entry.expiresAtNanos() > 0) {
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(user.username, password));
    }

    void remember(AppUser user, char[] password) {
        if (byUser.size() >= MAX_ENTRIES) {
            byUser.clear(); // a bound, not a policy: the next request of each user pays one bcrypt check again
        }
        byUser.put(user.username, new Entry(mac(user.username, password), user.passwordHash, System.nanoTime() + ttlNanos));
    }

    private byte[] mac(String username, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            hmac.update(bytes);
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }
}
