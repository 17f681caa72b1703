package org.claimtrack.claims.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** A claim's natural key, and the digest used for natural keys of stances and verdicts. */
public final class ClaimText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Punctuation (and spaces) a sentence ends with: "…borders." and "…borders" are one claim. */
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");

    private ClaimText() {
    }

    /**
     * The natural key: sha-256 of the text in Unicode compatibility form (NFKC), lower-cased, whitespace runs as one
     * space and its final punctuation dropped. Texts that differ only in case, spacing or how the sentence ends are
     * the same claim (409 on create, UNCHANGED in a batch).
     */
    public static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = FINAL_PUNCTUATION.matcher(folded).replaceAll("");
        return sha256(WHITESPACE.matcher(folded.strip()).replaceAll(" "));
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
