package org.claimtrack.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimtrack.gateway.client.ClaimRecord;
import org.claimtrack.gateway.model.PartyChain;

/**
 * The dossier's ETag: a weak validator {@code W/"<claim version>.<digest>"}. The digest is taken over everything the
 * dossier joins, as read: the claim's record (claim with its workflow, status report, stances with their source
 * snapshots, verdicts), the current records of the stances' sources and documents and of the documents' publishers,
 * the party chains when asked for, and which of those could not be read (degraded). So any change to any joined
 * record changes it, even one that moves no version (a party renamed, a snapshot refreshed, the workflow's
 * {@code overdue} at midnight). It is weak because the similar claims (a search over other claims) and the quote
 * checks on superseded text are not in it: a 304 costs the record and the records look-up, not the search.
 *
 * <p>The claim's version leads the tag so that writers may send the dossier's ETag as {@code If-Match}, as they did
 * when it was the claim's version alone: {@link #claimIfMatch} turns it back into the claim's strong ETag, which the
 * claims-service compares strongly. A write changes the claim, so the claim's version is what it must check; a
 * source edited meanwhile is no lost update.
 */
@ApplicationScoped
public class DossierTag {

    private static final Pattern DOSSIER_TAG = Pattern.compile("W/\"(\\d+)\\.[0-9a-f]+\"");
    private static final int DIGEST_HEX = 24;

    @Inject
    ObjectMapper json;

    /** The tag of a dossier built from these reads; {@code records} or {@code chains} null = could not be read. */
    String of(ClaimRecord record, Instant asOf, boolean partyChains, SourceRecords.Records records,
            Map<String, PartyChain> chains) {
        MessageDigest digest = sha256();
        add(digest, record);
        add(digest, asOf == null ? "now" : asOf.toString());
        add(digest, records == null ? "sources: unavailable" : new TreeMap<>(records.sources()));
        add(digest, records == null ? null : new TreeMap<>(records.documents()));
        add(digest, !partyChains ? "no chains" : chains == null ? "chains: unavailable" : new TreeMap<>(chains));
        String hex = HexFormat.of().formatHex(digest.digest()).substring(0, DIGEST_HEX);
        return "W/\"" + record.claim().version() + "." + hex + "\"";
    }

    /**
     * Whether {@code If-None-Match} names this tag (weak comparison, RFC 9110 13.1.2: the {@code W/} prefix is ignored
     * on both sides; {@code *} matches any existing dossier). A malformed or stale header never matches.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code If-Match} for a write to the claim: every dossier tag in it becomes the claim's strong ETag
     * ({@code W/"3.ab12…"} → {@code "3"}); anything else (the claim's own ETag, {@code *}, a stale or foreign tag)
     * is passed on unchanged for the claims-service to judge.
     */
    public static String claimIfMatch(String ifMatch) {
        if (ifMatch == null || !ifMatch.contains("W/")) {
            return ifMatch;
        }
        return java.util.Arrays.stream(ifMatch.split(",")).map(String::trim).map(candidate -> {
            Matcher m = DOSSIER_TAG.matcher(candidate);
            return m.matches() ? "\"" + m.group(1) + "\"" : candidate;
        }).collect(Collectors.joining(", "));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private void add(MessageDigest digest, Object part) {
        try {
            digest.update(json.writeValueAsBytes(part));
            digest.update((byte) 0);
        } catch (JsonProcessingException e) {
            // only the records just read from JSON are written here: they always serialise
            throw new IllegalStateException("A dossier part could not be serialised for its ETag", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
