package org.claimtrack.claims.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.stream.Collectors;
import org.claimtrack.claims.search.SearchIndex;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.claimtrack.claims.domain.WorkStatus;
import org.claimtrack.claims.status.StatusEngine;
import org.claimtrack.claims.status.VerificationStatus;

/**
 * The filters of GET /claims and /claims/counts: with q, a search of the index (which holds the other filters' fields
 * too); without, one SQL WHERE clause whose conditions are each served by an index (claim_party, claim_tag,
 * stance.source_id, claim.status/topic/language/updated_at).
 */
public record ClaimFilter(String q, Set<VerificationStatus> statuses, UUID sourceId, String party, String tag,
        String topic, String language, Instant updatedSince, Work work) {

    /**
     * The desk's filters (claim.work_status / assignee / due_date indexes).
     *
     * @param overdue true: due before {@code today} and still open; false: not so; null: either
     */
    public record Work(Set<WorkStatus> statuses, String assignee, Boolean overdue, LocalDate today) {

        public static final Work ANY = new Work(Set.of(), null, null, null);
    }

    /** SQL condition on table alias {@code c} plus its named parameters. */
    public record Sql(String where, Map<String, Object> parameters) {
    }

    /** True when q has text: the claims are then found by the search index (docs/search.md). */
    public boolean hasQuery() {
        return q != null && !q.isBlank();
    }

    /** The filters as a search of the index; {@code sourceClaims}: the claims with a stance of sourceId, if given. */
    public SearchIndex.Search toSearch(Collection<UUID> sourceClaims) {
        return new SearchIndex.Search(q, statuses == null ? Set.of() : statuses.stream().map(Enum::name)
                .collect(Collectors.toSet()), party == null || party.isBlank() ? null : StatusEngine.foldAffiliation(party),
                strippedOrNull(tag), strippedOrNull(topic), strippedOrNull(language), updatedSince, sourceClaims);
    }

    private static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** SQL condition on table alias {@code c} plus its named parameters, for every filter but q. */
    public Sql toSql() {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new TreeMap<>();
        if (statuses != null && !statuses.isEmpty()) {
            conditions.add("c.status in (:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (sourceId != null) {
            conditions.add("exists (select 1 from stance s where s.source_id = :sourceId and s.claim_id = c.id)");
            params.put("sourceId", sourceId);
        }
        if (party != null && !party.isBlank()) {
            conditions.add("exists (select 1 from claim_party p where p.party_key = :party and p.claim_id = c.id)");
            params.put("party", StatusEngine.foldAffiliation(party));
        }
        if (tag != null && !tag.isBlank()) {
            conditions.add("exists (select 1 from claim_tag g where g.tag = :tag and g.claim_id = c.id)");
            params.put("tag", tag.strip());
        }
        if (topic != null && !topic.isBlank()) {
            conditions.add("c.topic = :topic");
            params.put("topic", topic.strip());
        }
        if (language != null && !language.isBlank()) {
            conditions.add("c.language = :language");
            params.put("language", language.strip());
        }
        if (work != null && !work.statuses().isEmpty()) {
            conditions.add("c.work_status in (:workStatuses)");
            params.put("workStatuses", work.statuses().stream().map(Enum::name).toList());
        }
        if (work != null && work.assignee() != null && !work.assignee().isBlank()) {
            conditions.add("c.assignee = :assignee");
            params.put("assignee", work.assignee().strip());
        }
        if (work != null && work.overdue() != null) {
            String overdue = "(c.due_date < :today and c.work_status in (:openWork))";
            conditions.add(work.overdue() ? overdue : "not " + overdue.replace("(c.due_date", "(c.due_date is not null and c.due_date"));
            params.put("today", work.today());
            params.put("openWork", WorkStatus.OPEN.stream().map(Enum::name).toList());
        }
        if (updatedSince != null) {
            conditions.add("c.updated_at >= :updatedSince");
            params.put("updatedSince", updatedSince);
        }
        return new Sql(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), params);
    }
}
