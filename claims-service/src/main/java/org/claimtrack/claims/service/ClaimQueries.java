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
import java.util.function.Function;
import java.util.function.IntFunction;
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
        UPDATED_DESC("updatedAt,desc", "c.updated_at", true, SearchIndex.Order.UPDATED_DESC),
        UPDATED_ASC("updatedAt,asc", "c.updated_at", false, SearchIndex.Order.UPDATED_ASC),
        CREATED_DESC("createdAt,desc", "c.created_at", true, SearchIndex.Order.CREATED_DESC),
        CREATED_ASC("createdAt,asc", "c.created_at", false, SearchIndex.Order.CREATED_ASC),
        /** Best BM25 match of q first; without q there is nothing to rank by, and it is updatedAt,desc. */
        RELEVANCE("relevance", "c.updated_at", true, SearchIndex.Order.RELEVANCE);

        public final String param;
        /** The sort column (never null), then the id in the same direction. */
        final String column;
        final boolean descending;
        final String sql;
        final SearchIndex.Order search;

        Sort(String param, String column, boolean descending, SearchIndex.Order search) {
            this.param = param;
            this.column = column;
            this.descending = descending;
            this.sql = column + (descending ? " desc, c.id desc" : " asc, c.id asc");
            this.search = search;
        }

        /**
         * The rows after the cursor's in this order. Written as a range on the sort column plus the tie on the id
         * rather than a row value {@code (col, id) < (:at, :id)}, so that H2 too reads it as a range of the
         * (col, id) indexes; both columns are NOT NULL, so no null ordering is involved.
         */
        String after() {
            String op = descending ? "<" : ">";
            return column + " " + op + "= :afterAt and (" + column + " " + op + " :afterAt or c.id " + op + " :afterId)";
        }
    }

    /** A page, its total, and where the next one starts (null: this is the last page). */
    public record Page<T>(List<T> items, long total, ListCursor next) {

        /**
         * The page from rows read one beyond {@code size}: the extra row only tells that a next page exists, and then
         * the cursor (from the page's last row, by its index in {@code rows}) says where it starts.
         */
        static <T> Page<T> ofOneMore(List<T> rows, int size, long total, IntFunction<ListCursor> cursorAt) {
            if (rows.size() <= size) {
                return new Page<>(rows, total, null);
            }
            return new Page<>(rows.subList(0, size), total, cursorAt.apply(size - 1));
        }

        <U> Page<U> map(Function<List<T>, List<U>> items) {
            return new Page<>(items.apply(this.items), total, next);
        }

        /** The next page's cursor as a client passes it; null on the last page. */
        public String nextCursor() {
            return next == null ? null : next.encode();
        }
    }

    private final EntityManager em;
    private final SearchService search;

    public ClaimQueries(EntityManager em, SearchService search) {
        this.em = em;
        this.search = search;
    }

    /**
     * A page of claims: the one after {@code after} (keyset: a range of the sort index, whatever the depth) or, without
     * it, page number {@code page} (offset: the rows before it are read and skipped). One row more than the page is
     * read to tell whether a next page exists. Relevance with q gives no cursor: BM25 scores move with every write to
     * the index, so a position by score would skip or repeat claims (see docs/search.md).
     */
    public Page<Claim> claims(ClaimFilter filter, Sort sort, ListCursor after, int page, int size) {
        if (filter.hasQuery()) {
            boolean ranked = sort == Sort.RELEVANCE;
            if (ranked && after != null) {
                throw org.claimtrack.contract.Problems.badField(ListCursor.PARAMETER, "cannot be used with sort=relevance "
                        + "and q: relevance pages by page number only (scores change as claims are written); use a date sort to walk by cursor");
            }
            SearchIndex.Search found = filter.toSearch(sourceClaims(filter));
            long offset = after == null ? (long) page * size : 0;
            if (offset + size + 1 > Integer.MAX_VALUE) {
                // deeper than any index holds (a collector counts hits in an int): an empty page, the total still exact
                return new Page<>(List.of(), search.index().search(found, sort.search, null, 0, 1).total(), null);
            }
            SearchIndex.Hits hits = search.index().search(found, sort.search,
                    after == null ? null : new SearchIndex.After(after.micros(), after.id()), (int) offset, size + 1);
            return Page.ofOneMore(hits.ids(), size, hits.total(),
                    last -> ranked ? null : ListCursor.at(sort.param, hits.keys().get(last), hits.ids().get(last))).map(this::load);
        }
        ClaimFilter.Sql sql = filter.toSql();
        long total = ((Number) bind(em.createNativeQuery("select count(*) from claim c where " + sql.where()), sql)
                .getSingleResult()).longValue();
        if (after == null && total <= (long) page * size) {
            return new Page<>(List.of(), total, null);
        }
        String where = after == null ? sql.where() : sql.where() + " and " + sort.after();
        Query select = bind(em.createNativeQuery("select c.id, " + sort.column + " from claim c where " + where
                + " order by " + orderBy(filter, sort) + " offset :offset rows fetch next :size rows only"), sql)
                .setParameter("offset", after == null ? (long) page * size : 0L).setParameter("size", size + 1);
        if (after != null) {
            select.setParameter("afterAt", after.instant()).setParameter("afterId", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return Page.ofOneMore(rows, size, total, last -> ListCursor.at(sort.param, instant(rows.get(last)[1]), uuid(rows.get(last)[0])))
                .map(read -> load(read.stream().map(r -> uuid(r[0])).toList()));
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

    /** The one order of the stance lists; a cursor names it so that a later second order cannot misread one. */
    public static final String STANCE_SORT = "statedAt,desc";

    /**
     * Stances of a source and/or a document, newest statement first (then id ascending), with their claims: the page
     * after {@code after} by keyset, or page number {@code page} by offset.
     */
    public Page<Stance> stances(UUID sourceId, UUID documentId, ListCursor after, int page, int size) {
        StringBuilder w = new StringBuilder("where 1 = 1");
        if (sourceId != null) {
            w.append(" and s.sourceId = :sourceId");
        }
        if (documentId != null) {
            w.append(" and s.documentId = :documentId");
        }
        String where = w.toString();
        var count = em.createQuery("select count(s) from Stance s " + where, Long.class);
        // statedAt is NOT NULL; the id runs ascending within one statedAt, as the list always has
        var list = em.createQuery("from Stance s " + where + (after == null ? ""
                : " and s.statedAt <= :afterAt and (s.statedAt < :afterAt or s.id > :afterId)")
                + " order by s.statedAt desc, s.id", Stance.class);
        if (sourceId != null) {
            count.setParameter("sourceId", sourceId);
            list.setParameter("sourceId", sourceId);
        }
        if (documentId != null) {
            count.setParameter("documentId", documentId);
            list.setParameter("documentId", documentId);
        }
        if (after != null) {
            list.setParameter("afterAt", after.instant()).setParameter("afterId", after.id());
        }
        long total = count.getSingleResult();
        if (after == null && total <= (long) page * size) {
            return new Page<>(List.of(), total, null);
        }
        List<Stance> items = list.setFirstResult(after == null ? page * size : 0).setMaxResults(size + 1).getResultList();
        return Page.ofOneMore(items, size, total, last -> ListCursor.at(STANCE_SORT, items.get(last).statedAt, items.get(last).id));
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

    /** A timestamp column of a native query: an OffsetDateTime or Instant, depending on the database and driver. */
    static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
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
