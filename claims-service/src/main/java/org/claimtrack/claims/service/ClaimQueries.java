package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Stance;
import org.claimtrack.claims.status.StanceType;
import org.claimtrack.claims.status.VerificationStatus;
import org.claimtrack.claims.search.SearchIndex;
import org.claimtrack.claims.search.SearchService;

/** Read-side queries: filtered claim pages and counts, stance lists and counts by source, references. */
@ApplicationScoped
public class ClaimQueries {

    /** The sort orders of GET /claims; each ends with the id so pages are stable. */
    public enum Sort {
        UPDATED_DESC("updatedAt,desc", "c.updated_at desc, c.id desc", SearchIndex.Order.UPDATED_DESC),
        UPDATED_ASC("updatedAt,asc", "c.updated_at asc, c.id asc", SearchIndex.Order.UPDATED_ASC),
        CREATED_DESC("createdAt,desc", "c.created_at desc, c.id desc", SearchIndex.Order.CREATED_DESC),
        CREATED_ASC("createdAt,asc", "c.created_at asc, c.id asc", SearchIndex.Order.CREATED_ASC),
        /** Best BM25 match of q first; without q there is nothing to rank by, and it is updatedAt,desc. */
        RELEVANCE("relevance", "c.updated_at desc, c.id desc", SearchIndex.Order.RELEVANCE);

        public final String param;
        final String sql;
        final SearchIndex.Order search;

        Sort(String param, String sql, SearchIndex.Order search) {
            this.param = param;
            this.sql = sql;
            this.search = search;
        }
    }

    public record Page<T>(List<T> items, long total) {
    }

    private final EntityManager em;
    private final SearchService search;

    public ClaimQueries(EntityManager em, SearchService search) {
        this.em = em;
        this.search = search;
    }

    public Page<Claim> claims(ClaimFilter filter, Sort sort, int page, int size) {
        if (filter.hasQuery()) {
            SearchIndex.Hits hits = search.index().search(filter.toSearch(sourceClaims(filter)), sort.search,
                    page * size, size);
            return new Page<>(load(hits.ids()), hits.total());
        }
        ClaimFilter.Sql sql = filter.toSql();
        long total = ((Number) bind(em.createNativeQuery("select count(*) from claim c where " + sql.where()), sql)
                .getSingleResult()).longValue();
        if (total <= (long) page * size) {
            return new Page<>(List.of(), total);
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = bind(em.createNativeQuery("select c.id from claim c where " + sql.where()
                + " order by " + orderBy(filter, sort) + " offset :offset rows fetch next :size rows only"), sql)
                .setParameter("offset", (long) page * size).setParameter("size", size).getResultList();
        return new Page<>(load(ids.stream().map(ClaimQueries::uuid).toList()), total);
    }

    /** The claims with a stance of the filter's source (null when it names none): the index does not hold stances. */
    private List<UUID> sourceClaims(ClaimFilter filter) {
        if (filter.sourceId() == null) {
            return null;
        }
        return em.createQuery("select distinct s.claimId from Stance s where s.sourceId = :sourceId", UUID.class)
                .setParameter("sourceId", filter.sourceId()).getResultList();
    }

    /**
     * The page's ORDER BY. With one status (or a topic) the filtered column is constant, so leading with it changes
     * nothing about the order, but H2 only reads a page in index order (ix_claim_status_updated, ...) when the ORDER BY
     * starts with the index's equality column; otherwise it sorts every match.
     */
    private static String orderBy(ClaimFilter filter, Sort sort) {
        if (filter.statuses() != null && filter.statuses().size() == 1) {
            return "c.status, " + sort.sql;
        }
        return filter.topic() != null && !filter.topic().isBlank() ? "c.topic, " + sort.sql : sort.sql;
    }

    public Map<VerificationStatus, Long> countsByStatus(ClaimFilter filter) {
        Map<VerificationStatus, Long> counts = new EnumMap<>(VerificationStatus.class);
        for (VerificationStatus s : VerificationStatus.values()) {
            counts.put(s, 0L);
        }
        if (filter.hasQuery()) {
            search.index().countByStatus(filter.toSearch(sourceClaims(filter)),
                    Arrays.stream(VerificationStatus.values()).map(Enum::name).toList())
                    .forEach((status, n) -> counts.put(VerificationStatus.valueOf(status), n));
            return counts;
        }
        ClaimFilter.Sql sql = filter.toSql();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select c.status, count(*) from claim c where " + sql.where()
                + " group by c.status"), sql).getResultList();
        rows.forEach(r -> counts.put(VerificationStatus.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    /** Claims by id, in the order of {@code ids}. */
    public List<Claim> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Claim> byId = new HashMap<>();
        em.createQuery("from Claim c where c.id in :ids", Claim.class).setParameter("ids", ids).getResultList()
                .forEach(c -> byId.put(c.id, c));
        return ids.stream().map(byId::get).filter(c -> c != null).toList();
    }

    /** Stances of a source and/or a document, newest statement first, with their claims. */
    public Page<Stance> stances(UUID sourceId, UUID documentId, int page, int size) {
        StringBuilder w = new StringBuilder("where 1 = 1");
        if (sourceId != null) {
            w.append(" and s.sourceId = :sourceId");
        }
        if (documentId != null) {
            w.append(" and s.documentId = :documentId");
        }
        String where = w.toString();
        var count = em.createQuery("select count(s) from Stance s " + where, Long.class);
        var list = em.createQuery("from Stance s " + where + " order by s.statedAt desc, s.id", Stance.class);
        if (sourceId != null) {
            count.setParameter("sourceId", sourceId);
            list.setParameter("sourceId", sourceId);
        }
        if (documentId != null) {
            count.setParameter("documentId", documentId);
            list.setParameter("documentId", documentId);
        }
        long total = count.getSingleResult();
        List<Stance> items = total <= (long) page * size ? List.of()
                : list.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, total);
    }

    /** Per source: stance kind → status of the claim → number of stances (every stance kind listed). */
    public Map<UUID, Map<String, Map<String, Long>>> stanceCounts(List<UUID> sourceIds) {
        Map<UUID, Map<String, Map<String, Long>>> result = new LinkedHashMap<>();
        for (UUID id : sourceIds) {
            Map<String, Map<String, Long>> byStance = new LinkedHashMap<>();
            for (StanceType t : StanceType.values()) {
                byStance.put(t.name(), new LinkedHashMap<>());
            }
            result.put(id, byStance);
        }
        if (sourceIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("select s.sourceId, s.stance, c.status, count(s) from Stance s, Claim c"
                + " where c.id = s.claimId and s.sourceId in :ids group by s.sourceId, s.stance, c.status", Object[].class)
                .setParameter("ids", sourceIds).getResultList();
        rows.sort(Comparator.comparing(r -> r[2].toString()));
        rows.forEach(r -> result.get((UUID) r[0]).get(r[1].toString()).put(r[2].toString(), ((Number) r[3]).longValue()));
        return result;
    }

    public record Reference(String kind, UUID id, long stanceCount, List<UUID> claimIds) {
    }

    /** Which of the given sources and documents stances still cite, with up to 20 claim ids each. */
    public List<Reference> references(List<UUID> sourceIds, List<UUID> documentIds) {
        List<Reference> refs = new ArrayList<>();
        refs.addAll(referencesBy("SOURCE", "sourceId", sourceIds));
        refs.addAll(referencesBy("DOCUMENT", "documentId", documentIds));
        return refs;
    }

    private List<Reference> referencesBy(String kind, String field, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select s." + field + ", s.claimId, count(s) from Stance s where s." + field
                + " in :ids group by s." + field + ", s.claimId order by s." + field + ", s.claimId", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<UUID, List<UUID>> claimIds = new LinkedHashMap<>();
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            List<UUID> claims = claimIds.computeIfAbsent(id, k -> new ArrayList<>());
            if (claims.size() < 20) {
                claims.add((UUID) r[1]);
            }
            counts.merge(id, ((Number) r[2]).longValue(), Long::sum);
        }
        return ids.stream().distinct().filter(claimIds::containsKey)
                .map(id -> new Reference(kind, id, counts.get(id), claimIds.get(id))).toList();
    }

    private static Query bind(Query query, ClaimFilter.Sql sql) {
        sql.parameters().forEach(query::setParameter);
        return query;
    }

    /** A UUID column of a native query: H2 returns 16 bytes, PostgreSQL a UUID. */
    static UUID uuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }
}
