package org.claimtrack.claims.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * One replica's search index of the claims (docs/search.md): Lucene, built from the database and kept current by
 * following the change feed. Before every search the index applies whatever the feed holds beyond what it has seen
 * (one primary-key read when nothing is new), so every replica answers from the same committed data; a background
 * poll keeps that work off the requests. Nothing here is the record: the index can be dropped and rebuilt at any time.
 */
public final class SearchIndex implements Closeable {

    /** The orders of a search page; each ends with the claim id so pages are stable. */
    public enum Order {
        RELEVANCE(new Sort(SortField.FIELD_SCORE, new SortField(ClaimDocuments.ID, SortField.Type.STRING))),
        UPDATED_DESC(byTime(ClaimDocuments.UPDATED, true)),
        UPDATED_ASC(byTime(ClaimDocuments.UPDATED, false)),
        CREATED_DESC(byTime(ClaimDocuments.CREATED, true)),
        CREATED_ASC(byTime(ClaimDocuments.CREATED, false));

        final Sort sort;

        Order(Sort sort) {
            this.sort = sort;
        }

        private static Sort byTime(String field, boolean descending) {
            return new Sort(new SortField(field, SortField.Type.LONG, descending),
                    new SortField(ClaimDocuments.ID, SortField.Type.STRING, descending));
        }
    }

    /**
     * What to find: {@code q} (words, "phrases"; every word required) and the list filters the index holds;
     * {@code onlyClaims} restricts to these claims (null: no restriction) for filters it does not hold.
     */
    public record Search(String q, Set<String> statuses, String partyKey, String tag, String topic, String language,
            Instant updatedSince, Collection<UUID> onlyClaims) {
    }

    /**
     * The hits of a page, their sort instants ({@code keys}: the time field of a date order, null for relevance), and
     * the number of all matches.
     */
    public record Hits(List<UUID> ids, List<Instant> keys, long total) {
    }

    /** Where a date-ordered page starts: after the claim with this time key (epoch microseconds) and id. */
    public record After(long micros, UUID id) {
    }

    public record Similar(UUID id, double score) {
    }

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final String VERSION = "analysis";
    private static final String GENERATION = "feed";
    private static final String SEQ = "seq";
    private static final int BATCH = 1_000;
    /** Candidates of a similar-claims search compared word by word. */
    private static final int SIMILAR_CANDIDATES = 50;

    private final DataSource database;
    private final Directory directory;
    private final Analyzer analyzer = Analysis.perField();
    private final ReentrantLock writing = new ReentrantLock();
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile long applied = -1;
    private volatile boolean opened;
    private String generation;
    private long committed;

    public SearchIndex(DataSource database, Directory directory) {
        this.database = database;
        this.directory = directory;
    }

    /**
     * Opens the index (once; later calls do nothing); rebuilds it when it was built from another feed, another analysis,
     * or missed pruned changes.
     */
    public void open() {
        locked(() -> {
            if (writer != null) {
                return false;
            }
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            try (Connection c = database.getConnection()) {
                ChangeFeed.Head head = ChangeFeed.head(c);
                long seq = data.containsKey(SEQ) ? Long.parseLong(data.get(SEQ)) : -1;
                long oldest = ChangeFeed.oldest(c);
                boolean missed = seq < head.seq() && (oldest == 0 || oldest > seq + 1);
                if (!String.valueOf(Analysis.VERSION).equals(data.get(VERSION)) || !head.generation().equals(data.get(GENERATION))
                        || seq < 0 || seq > head.seq() || missed) {
                    rebuildLocked();
                } else {
                    generation = head.generation();
                    applied = seq;
                    committed = seq;
                    LOG.infof("search index opened at change %d of %d", seq, head.seq());
                }
            }
            catchUpLocked();
            opened = true;
            return true;
        });
    }

    /** True once the index is open and has applied the feed as it stood then. */
    public boolean isOpen() {
        return opened;
    }

    /** Drops everything and indexes every claim again from the database, then the changes made meanwhile. */
    public void rebuild() {
        locked(() -> {
            rebuildLocked();
            return catchUpLocked();
        });
    }

    private void rebuildLocked() throws IOException, SQLException {
        long started = System.nanoTime();
        int claims = 0;
        try (Connection c = database.getConnection()) {
            // the feed position first: every change after it is applied again afterwards (applying is idempotent)
            ChangeFeed.Head head = ChangeFeed.head(c);
            writer.deleteAll();
            UUID after = null;
            while (true) {
                Map<UUID, Document> page = ClaimDocuments.page(c, after, BATCH);
                if (page.isEmpty()) {
                    break;
                }
                for (Map.Entry<UUID, Document> e : page.entrySet()) {
                    writer.addDocument(e.getValue());
                    after = e.getKey();
                }
                claims += page.size();
            }
            generation = head.generation();
            searchers.maybeRefreshBlocking();
            applied = head.seq();
            commitLocked();
        }
        LOG.infof("search index rebuilt: %d claims in %d ms", claims, (System.nanoTime() - started) / 1_000_000);
    }

    /** Applies the feed's new changes, if any; true when something was applied. */
    public boolean catchUp() {
        return locked(this::catchUpLocked);
    }

    private interface IndexWork<T> {
        T run() throws IOException, SQLException;
    }

    /** Runs {@code work} as the only writer of the index. */
    private <T> T locked(IndexWork<T> work) {
        writing.lock();
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("the claims or their change feed cannot be read for the search index", e);
        } finally {
            writing.unlock();
        }
    }

    private boolean catchUpLocked() throws IOException, SQLException {
        boolean any = false;
        long reached = applied;
        try (Connection c = database.getConnection()) {
            while (true) {
                List<ChangeFeed.Change> changes = ChangeFeed.after(c, reached, BATCH);
                if (changes.isEmpty()) {
                    break;
                }
                Set<UUID> ids = new LinkedHashSet<>();
                changes.forEach(change -> ids.add(change.claimId()));
                Map<UUID, Document> documents = ClaimDocuments.load(c, ids);
                for (UUID id : ids) {
                    Term term = new Term(ClaimDocuments.ID, id.toString());
                    Document document = documents.get(id);
                    if (document == null) {
                        writer.deleteDocuments(term);
                    } else {
                        writer.updateDocument(term, document);
                    }
                }
                reached = changes.get(changes.size() - 1).seq();
                any = true;
            }
        }
        if (any) {
            // searchers first: a search that finds the feed at "applied" must not be given a searcher from before it
            searchers.maybeRefreshBlocking();
            applied = reached;
        }
        return any;
    }

    /** Applies new changes when the feed has any: what every search does first, so it reads committed data. */
    public void current() {
        if (!opened) {
            open();
        }
        try (Connection c = database.getConnection()) {
            if (ChangeFeed.head(c).seq() == applied) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the claim change feed cannot be read", e);
        }
        catchUp();
    }

    /** Writes what was applied to disk with the feed position, when that moved since the last time. */
    public void commit() {
        locked(() -> {
            if (applied != committed) {
                commitLocked();
            }
            return null;
        });
    }

    private void commitLocked() throws IOException {
        writer.setLiveCommitData(Map.of(VERSION, String.valueOf(Analysis.VERSION), GENERATION, generation,
                SEQ, String.valueOf(applied)).entrySet());
        writer.commit();
        committed = applied;
    }

    /** Claims in the index. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The feed position the index has applied. */
    public long applied() {
        return applied;
    }

    /**
     * A page of claims matching the search, in the given order, with the number of all matches: the {@code size} hits
     * after {@code after} (Lucene's searchAfter: the collector keeps only {@code size} hits however deep the page, and
     * still counts every match), or, without it, those from {@code offset} on.
     */
    public Hits search(Search search, Order order, After after, int offset, int size) {
        if (after != null && order == Order.RELEVANCE) {
            throw new IllegalArgumentException("relevance pages by offset only");
        }
        current();
        return withSearcher(searcher -> {
            Query query = query(search);
            // doc = MAX_VALUE: on a tie of every sort value (the cursor's own claim) the hit counts as already seen
            FieldDoc from = after == null ? null : new FieldDoc(Integer.MAX_VALUE, Float.NaN,
                    new Object[] {after.micros(), new BytesRef(after.id().toString())});
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(order.sort,
                    after == null ? offset + size : size, from, Integer.MAX_VALUE));
            List<UUID> ids = new ArrayList<>();
            List<Instant> keys = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = after == null ? offset : 0; i < docs.length; i++) {
                ids.add(idOf(searcher, docs[i].doc));
                Object key = ((FieldDoc) docs[i]).fields[0];
                keys.add(key instanceof Long micros ? ClaimDocuments.instant(micros) : null);
            }
            return new Hits(ids, keys, top.totalHits.value);
        });
    }

    /** Matches of the search per status (statuses without a match are absent). */
    public Map<String, Long> countByStatus(Search search, Collection<String> statuses) {
        current();
        return withSearcher(searcher -> {
            Query query = query(search);
            Map<String, Long> counts = new HashMap<>();
            for (String status : statuses) {
                long n = searcher.count(new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(ClaimDocuments.STATUS, status)), BooleanClause.Occur.FILTER).build());
                if (n > 0) {
                    counts.put(status, n);
                }
            }
            return counts;
        });
    }

    /**
     * Claims whose words are closest to {@code text}: candidates by more-like-this (BM25 over the text's most telling
     * words), then scored by the IDF-weighted share of words they have in common with it (1 = the same words), best
     * first; scores above 0 only.
     */
    public List<Similar> similar(String text, int limit) {
        current();
        return withSearcher(searcher -> {
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(analyzer);
            like.setFieldNames(new String[] {Analysis.ALL});
            like.setMinTermFreq(1);
            like.setMinDocFreq(1);
            like.setMinWordLen(1);
            Query query = like.like(Analysis.ALL, new StringReader(text));
            TopDocs top = searcher.search(query, SIMILAR_CANDIDATES);
            int claims = Math.max(1, searcher.getIndexReader().numDocs());
            Map<String, Double> weights = new HashMap<>();
            Set<String> wanted = wordsOf(text);
            List<Similar> found = new ArrayList<>();
            double wantedWeight = weight(searcher, wanted, weights, claims);
            for (ScoreDoc hit : top.scoreDocs) {
                Document stored = searcher.storedFields().document(hit.doc, Set.of(ClaimDocuments.ID, ClaimDocuments.WORDS));
                Set<String> theirs = wordsOf(stored.get(ClaimDocuments.WORDS));
                Set<String> shared = new HashSet<>(theirs);
                shared.retainAll(wanted);
                Set<String> onlyTheirs = new HashSet<>(theirs);
                onlyTheirs.removeAll(wanted);
                double score = weight(searcher, shared, weights, claims)
                        / (wantedWeight + weight(searcher, onlyTheirs, weights, claims));
                double rounded = Math.round(score * 1000) / 1000.0;
                if (rounded > 0) {
                    found.add(new Similar(UUID.fromString(stored.get(ClaimDocuments.ID)), rounded));
                }
            }
            found.sort(Comparator.comparingDouble(Similar::score).reversed().thenComparing(s -> s.id().toString()));
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        });
    }

    /** The distinct words of a text as the all-languages field holds them. */
    private Set<String> wordsOf(String text) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(Analysis.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    /** Sum of the words' IDF, ln(1 + N / df): a word in every claim weighs little, a rare one much. */
    private static double weight(IndexSearcher searcher, Set<String> words, Map<String, Double> known, int claims)
            throws IOException {
        double sum = 0;
        for (String word : words) {
            Double idf = known.get(word);
            if (idf == null) {
                int df = searcher.getIndexReader().docFreq(new Term(Analysis.ALL, word));
                idf = Math.log(1.0 + (double) claims / Math.max(1, df));
                known.put(word, idf);
            }
            sum += idf;
        }
        return sum;
    }

    private Query query(Search search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(textQuery(search.q()), BooleanClause.Occur.MUST);
        if (search.statuses() != null && !search.statuses().isEmpty()) {
            query.add(new TermInSetQuery(ClaimDocuments.STATUS, search.statuses().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        filter(query, ClaimDocuments.PARTY, search.partyKey());
        filter(query, ClaimDocuments.TAG, search.tag());
        filter(query, ClaimDocuments.TOPIC, search.topic());
        filter(query, ClaimDocuments.LANGUAGE, search.language());
        if (search.updatedSince() != null) {
            query.add(LongPoint.newRangeQuery(ClaimDocuments.UPDATED, ClaimDocuments.key(search.updatedSince()), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        }
        if (search.onlyClaims() != null) {
            query.add(new TermInSetQuery(ClaimDocuments.ID, search.onlyClaims().stream()
                    .map(id -> new BytesRef(id.toString())).toList()), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * The words of q against every language's field and the all-languages field: each word (or "quoted phrase") must
     * match in one of them; a query with no words (punctuation only) matches nothing.
     */
    private Query textQuery(String q) {
        Map<String, Float> fields = new HashMap<>();
        Analysis.queryFields().forEach(f -> fields.put(f, 1f));
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields,
                SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = q == null ? null : parser.parse(q);
        return query == null ? new MatchNoDocsQuery("no words in q") : query;
    }

    private static UUID idOf(IndexSearcher searcher, int doc) throws IOException {
        return UUID.fromString(searcher.storedFields().document(doc, Set.of(ClaimDocuments.ID)).get(ClaimDocuments.ID));
    }

    private interface Read<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets feed entries older than {@code before} (each replica may; a replica that missed them rebuilds). */
    public int prune(Instant before) {
        try (Connection c = database.getConnection()) {
            return ChangeFeed.prune(c, before);
        } catch (SQLException e) {
            throw new IllegalStateException("the claim change feed cannot be pruned", e);
        }
    }

    @Override
    public void close() throws IOException {
        writing.lock();
        try {
            if (writer != null) {
                if (applied != committed) {
                    commitLocked();
                }
                searchers.close();
                writer.close();
            }
            directory.close();
        } finally {
            writing.unlock();
        }
    }
}
