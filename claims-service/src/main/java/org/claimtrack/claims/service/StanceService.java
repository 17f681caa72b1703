package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Stance;
import org.claimtrack.claims.domain.StanceKind;
import org.claimtrack.claims.api.Retraction;
import org.claimtrack.claims.api.StanceInput;
import org.claimtrack.contract.Problems;

/**
 * What a stance says is immutable: stances are added, retracted (from a time) or removed. Each change locks the claim row, recomputes its status
 * from all its stances and verdicts, and bumps its version, in one transaction.
 */
@ApplicationScoped
public class StanceService extends ClaimPositions<Stance, Retraction> {

    static final Kind RETRACTION = new Kind("stance", "retracted", "retraction", "retractedAt", "statedAt",
            History.STANCE_ADDED, History.STANCE_RETRACTED);

    public StanceService() {
        super(Stance.class, RETRACTION, "p.statedAt, p.id");
    }

    @Transactional
    public Written<Stance> add(UUID claimId, StanceInput raw, String actor) {
        return addTo(claimId, actor, (claim, now) -> {
            StanceInput input = check.require(raw.normalized());
            existing(claimId, input.sourceId(), keyHash(input)).ifPresent(s -> {
                if (input.kind() == StanceKind.ATTRIBUTION) {
                    throw Problems.duplicate("This source already has a stance attributed by " + input.reportedBy()
                            + " on this claim", "reportedBy", s.id);
                }
                throw Problems.duplicate("This source already has a stance with this quote on this claim", "quote",
                        s.id);
            });
            return insert(claim, input, now, actor);
        });
    }

    /** Persists a valid, new stance on a locked claim and records it; the caller recomputes the status. */
    Stance insert(Claim claim, StanceInput input, Instant now, String actor) {
        Stance s = new Stance();
        s.sourceId = input.sourceId();
        s.stance = input.stance();
        s.quote = input.quote();
        s.quoteHash = keyHash(input);
        s.kind = input.kind();
        s.reportedBy = input.reportedBy();
        if (input.selector() != null) {
            s.selectorExact = input.selector().exact();
            s.selectorPrefix = input.selector().prefix();
            s.selectorSuffix = input.selector().suffix();
        }
        s.documentId = input.documentId();
        s.documentVersion = input.documentVersion();
        s.statedAt = input.statedAt();
        s.sourceName = input.source().name();
        s.sourceKind = input.source().kind();
        s.sourceAffiliation = input.source().affiliation();
        s.sourceReliability = input.source().reliability();
        s.sourceRootPartyId = input.source().rootPartyId();
        s.sourceRootParty = input.source().rootPartyName();
        return persistNew(claim, s, now, actor);
    }

    /**
     * The hash in a stance's natural key: of its quote, or for an attribution (no words) of who attests it, so one
     * reviewer's attribution of a source's position is recorded once.
     */
    static String keyHash(StanceInput input) {
        return input.kind() == StanceKind.ATTRIBUTION
                ? ClaimText.sha256("attribution\n" + input.reportedBy().toLowerCase(java.util.Locale.ROOT))
                : ClaimText.sha256(input.quote());
    }

    public Optional<Stance> existing(UUID claimId, UUID sourceId, String keyHash) {
        return em.createQuery("from Stance s where s.claimId = :c and s.sourceId = :s and s.quoteHash = :q", Stance.class)
                .setParameter("c", claimId).setParameter("s", sourceId).setParameter("q", keyHash)
                .getResultStream().findFirst();
    }

    /**
     * Removes a stance recorded by mistake; If-Match (optional) carries the claim's ETag; {@code reason} (may be null)
     * goes into the history entry.
     */
    @Transactional
    public Claim remove(UUID claimId, UUID stanceId, String ifMatch, String reason, String actor) {
        return change(claimId, stanceId, ifMatch, History.STANCE_REMOVED, actor, stance -> {
            em.remove(stance);
            em.flush();
            Map<String, Object> details = describe(stance);
            if (reason != null) {
                details.put("reason", reason);
            }
            return details;
        }).claim();
    }

    @Override
    protected Map<String, Object> describe(Stance s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("stanceId", s.id.toString());
        d.put("sourceId", s.sourceId.toString());
        d.put("sourceName", s.sourceName);
        d.put("affiliation", s.sourceAffiliation);
        if (s.sourceRootPartyId != null) {
            d.put("rootPartyId", s.sourceRootPartyId.toString());
            d.put("rootParty", s.sourceRootParty);
        }
        d.put("reliability", s.sourceReliability.name());
        d.put("stance", s.stance.name());
        if (s.kind == StanceKind.ATTRIBUTION) {
            d.put("kind", s.kind.name());
            d.put("reportedBy", s.reportedBy);
        } else {
            d.put("quote", s.quote);
        }
        d.put("statedAt", s.statedAt.toString());
        if (s.documentId != null) {
            d.put("documentId", s.documentId.toString());
        }
        if (s.documentVersion != null) {
            d.put("documentVersion", s.documentVersion);
        }
        return d;
    }
}
