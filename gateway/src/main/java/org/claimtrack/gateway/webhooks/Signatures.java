package org.claimtrack.gateway.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver knows a delivery is ours and fresh: {@code Claimtrack-Webhook-Signature: v1=<hex>}, the HMAC-SHA256
 * of {@code <timestamp>.<body>} under the subscription's secret, with the timestamp (Unix seconds) sent as
 * {@code Claimtrack-Webhook-Timestamp}. Signing the timestamp with the body lets the receiver refuse an old delivery
 * replayed by someone who recorded it (docs/webhooks.md says how to check).
 */
public final class Signatures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    /** A new subscription's secret: 256 random bits, prefixed so it is recognisable in a secret store. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The signature header's value for {@code body} sent at {@code timestamp} (Unix seconds). */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
