package org.claimtrack.claims.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.claimtrack.claims.status.EvidenceStance;
import org.claimtrack.claims.status.Reliability;
import org.claimtrack.claims.status.StanceType;
import org.claimtrack.claims.status.TimedStance;

/**
 * One source's position on one claim, with a snapshot of the source taken when written. What was said never
 * changes; a retraction (time and reason, set once) only adds when it stopped counting.
 */
@Entity
@AttributeOverride(name = "endedAt", column = @Column(name = "retracted_at"))
@AttributeOverride(name = "endReason", column = @Column(name = "retraction_reason"))
@Table(name = "stance")
public class Stance extends Position {

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StanceType stance;

    /** The exact words; null for an {@link StanceKind#ATTRIBUTION}. */
    public String quote;

    /**
     * sha-256 of the quote (of "attribution" + reportedBy for an attribution): part of the natural key (claim,
     * source, quote) without indexing 5,000 chars.
     */
    @Column(name = "quote_hash", nullable = false)
    public String quoteHash;

    @Column(name = "selector_exact")
    public String selectorExact;

    @Column(name = "selector_prefix")
    public String selectorPrefix;

    @Column(name = "selector_suffix")
    public String selectorSuffix;

    @Column(name = "document_id")
    public UUID documentId;

    /** The document text version (sources-service) the quote was checked in; null for older stances. */
    @Column(name = "document_version")
    public Integer documentVersion;

    @Column(name = "stated_at", nullable = false)
    public Instant statedAt;

    @Column(name = "source_name", nullable = false)
    public String sourceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false)
    public SourceKind sourceKind;

    @Column(name = "source_affiliation", nullable = false)
    public String sourceAffiliation;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_reliability", nullable = false)
    public Reliability sourceReliability;

    /** The source's root party (sources-service), on which independence is decided; null in snapshots from before. */
    @Column(name = "source_root_party_id")
    public UUID sourceRootPartyId;

    @Column(name = "source_root_party")
    public String sourceRootParty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StanceKind kind = StanceKind.QUOTE;

    /** Who attests an attribution (a fact-checker or organisation); null for a quote. */
    @Column(name = "reported_by")
    public String reportedBy;

    @Override
    public Instant countsFrom() {
        return statedAt;
    }

    public EvidenceStance asEvidence() {
        return new EvidenceStance(sourceId, sourceName, sourceRootPartyId, sourceRootParty, sourceAffiliation,
                sourceReliability, stance, kind == StanceKind.ATTRIBUTION);
    }

    public TimedStance asTimed() {
        return new TimedStance(id, asEvidence(), statedAt, createdAt, endedAt);
    }
}
