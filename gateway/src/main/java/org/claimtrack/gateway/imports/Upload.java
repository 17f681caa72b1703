package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An uploaded file, read twice, each time as a stream: {@link #inspect} (before the job is accepted) finds the
 * format, checks a bundle against the schema item by item and counts the items; {@link #write} (in the job)
 * sends them to the services. A bundle is written list by list — sources, documents, then claims — whatever
 * order its lists come in, so each pass can resolve names and urls from the one before.
 */
final class Upload {

    /** Items per claims batch: a batch also carries its claims' stances and verdicts. */
    static final int CLAIMS_PER_BATCH = 500;
    /** Schema errors listed in a 400 (all are counted). */
    static final int MAX_VIOLATIONS = 100;

    record Inspection(ImportFormat format, long total, List<BundleSchema.Violation> violations, long violationCount) {
    }

    private final ObjectMapper mapper;
    private final Path file;

    Upload(ObjectMapper mapper, Path file) {
        this.mapper = mapper;
        this.file = file;
    }

    Inspection inspect(BundleSchema schema) throws IOException {
        List<BundleSchema.Violation> violations = new ArrayList<>();
        long[] counts = new long[2]; // items, violations
        Map<String, JsonItems.Visitor> visitors = new LinkedHashMap<>();
        visitors.put("sources", (pointer, index, item) -> check(schema, BundleSchema.Part.SOURCE, item, pointer, violations, counts));
        visitors.put("documents", (pointer, index, item) -> check(schema, BundleSchema.Part.DOCUMENT, item, pointer, violations, counts));
        visitors.put("claims", (pointer, index, item) -> {
            check(schema, BundleSchema.Part.CLAIM, item, pointer, violations, counts);
            counts[0] += item.path("stances").size() + item.path("verdicts").size();
        });
        JsonItems.Shape shape = JsonItems.scan(mapper, file, visitors);
        counts[0] += shape.header().path("parties").size(); // few: read with the header, validated with it
        if (isFeed(shape)) {
            if (java.nio.file.Files.size(file) > JsonLdFeed.MAX_BYTES) {
                return new Inspection(ImportFormat.CLAIM_REVIEW_FEED, 0, List.of(new BundleSchema.Violation("",
                        "a ClaimReview feed is read whole as JSON-LD: at most 16 MB per upload; split it")), 1);
            }
            long total = 0;
            for (ClaimReviewMapper.Mapped review : reviews()) {
                total += review.itemCount();
            }
            return new Inspection(ImportFormat.CLAIM_REVIEW_FEED, total, List.of(), 0);
        }
        for (BundleSchema.Violation violation : schema.validate(BundleSchema.Part.BUNDLE, shape.header(), "")) {
            add(violation, violations, counts);
        }
        violations.sort(java.util.Comparator.comparing(BundleSchema.Violation::pointer));
        return new Inspection(ImportFormat.CLAIMTRACK_BUNDLE, counts[0], violations, counts[1]);
    }

    /**
     * JSON-LD (an array, an {@code @context} or {@code @graph}, a DataFeed, an ItemList or a ClaimReview); anything else
     * is taken for a bundle (and validated as one).
     */
    private static boolean isFeed(JsonItems.Shape shape) {
        ObjectNode header = shape.header();
        String type = header.path("@type").asText("");
        return shape.array() || header.has("@context") || header.has("@graph") || header.has("claimReviewed")
                || type.equals("ItemList") || type.equals("ClaimReview") || type.equals("DataFeed");
    }

    /** Every review of a feed, mapped; a feed that cannot be read as JSON-LD (a remote context) is one problem. */
    private List<ClaimReviewMapper.Mapped> reviews() throws IOException {
        JsonLdFeed.Result feed = JsonLdFeed.read(mapper, file);
        if (feed.problem() != null) {
            return List.of(new ClaimReviewMapper.Mapped(null, List.of(), null, List.of(feed.problem())));
        }
        List<ClaimReviewMapper.Mapped> mapped = new ArrayList<>();
        for (JsonLdFeed.Review review : feed.reviews()) {
            mapped.add(ClaimReviewMapper.map(review.pointer(), review.node()));
        }
        return mapped;
    }

    private static void check(BundleSchema schema, BundleSchema.Part part, JsonNode item, String pointer,
            List<BundleSchema.Violation> violations, long[] counts) {
        counts[0]++;
        for (BundleSchema.Violation violation : schema.validate(part, item, pointer)) {
            add(violation, violations, counts);
        }
    }

    private static void add(BundleSchema.Violation violation, List<BundleSchema.Violation> violations, long[] counts) {
        counts[1]++;
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(violation);
        }
    }

    /**
     * Where a job stands, group by group. Groups are numbered in upload order (the same upload always makes the same
     * groups), so a job taken over by another replica knows which groups its last holder had committed.
     */
    interface Groups {
        /** Groups 0 .. committed()-1 were written and counted by an earlier holder of the job. */
        int committed();

        /** Group {@code number} is written, counted in {@code tally} (called on the thread that wrote it). */
        void done(int number, Tally tally);
    }

    /**
     * Writes the upload, group by group, each counted in a tally of its own and handed to {@code groups}. A bundle's
     * claim groups go through {@code lanes}, side by side (sources and documents are all known by then); a feed's
     * groups also write sources, so they run one after another. Committed groups are skipped, except a bundle's
     * parties, sources and documents: those are written again, uncounted (each comes back unchanged), because the
     * claims after them need their ids.
     */
    void write(ImportFormat format, Writer writer, Lanes lanes, Groups groups) throws IOException {
        if (format == ImportFormat.CLAIMTRACK_BUNDLE) {
            writeBundle(writer, lanes, groups);
        } else {
            writeFeed(writer, groups);
        }
    }

    /** Runs one group that the claims need (parties, sources, documents): counted, or replayed uncounted when committed. */
    private static void prerequisite(int number, Groups groups, Writer writer, java.util.function.Consumer<Writer> work) {
        Tally tally = new Tally();
        work.accept(writer.counting(tally));
        if (number >= groups.committed()) {
            groups.done(number, tally);
        }
    }

    private void writeBundle(Writer writer, Lanes lanes, Groups groups) throws IOException {
        int[] next = {0};
        // parties first: the sources' affiliations resolve to them; they are few, so they come with the header
        JsonNode parties = JsonItems.scan(mapper, file, Map.of()).header().path("parties");
        List<Pending> partyItems = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i) instanceof ObjectNode party) {
                partyItems.add(new Pending("/parties/" + i, party));
            }
        }
        if (!partyItems.isEmpty()) {
            prerequisite(next[0]++, groups, writer, w -> w.parties(partyItems));
        }
        Batch<Pending> sources = new Batch<>(Writer.MAX_ITEMS, items -> prerequisite(next[0]++, groups, writer, w -> w.sources(items)));
        JsonItems.scan(mapper, file, Map.of("sources", (pointer, index, item) -> sources.add(new Pending(pointer, (ObjectNode) item))));
        sources.flush();
        Batch<Pending> documents = new Batch<>(Writer.MAX_ITEMS, items -> prerequisite(next[0]++, groups, writer, w -> w.documents(items)));
        JsonItems.scan(mapper, file, Map.of("documents", (pointer, index, item) -> documents.add(new Pending(pointer, (ObjectNode) item))));
        documents.flush();
        Batch<ClaimItem> claims = new Batch<>(CLAIMS_PER_BATCH, items -> {
            int number = next[0]++;
            if (number < groups.committed()) {
                return; // written and counted before the job was taken over
            }
            lanes.submit(items.stream().map(claim -> Writer.claimKey(claim.claim().body())).collect(Collectors.toSet()), () -> {
                Tally tally = new Tally();
                writer.counting(tally).claims(items);
                groups.done(number, tally);
            });
        });
        JsonItems.scan(mapper, file, Map.of("claims", (pointer, index, item) -> claims.add(claimItem(pointer, (ObjectNode) item))));
        claims.flush();
        lanes.finish();
    }

    private static ClaimItem claimItem(String pointer, ObjectNode claim) {
        List<Pending> stances = new ArrayList<>();
        List<Pending> verdicts = new ArrayList<>();
        for (int j = 0; j < claim.path("stances").size(); j++) {
            stances.add(new Pending(pointer + "/stances/" + j, (ObjectNode) claim.get("stances").get(j)));
        }
        for (int k = 0; k < claim.path("verdicts").size(); k++) {
            verdicts.add(new Pending(pointer + "/verdicts/" + k, (ObjectNode) claim.get("verdicts").get(k)));
        }
        return new ClaimItem(new Pending(pointer, claim), stances, verdicts);
    }

    /** Each group of reviews writes its own sources and documents, so a committed group is simply skipped. */
    private void writeFeed(Writer writer, Groups groups) throws IOException {
        int[] next = {0};
        Batch<ClaimReviewMapper.Mapped> reviews = new Batch<>(CLAIMS_PER_BATCH, items -> {
            int number = next[0]++;
            if (number < groups.committed()) {
                return;
            }
            Tally tally = new Tally();
            Writer counting = writer.counting(tally);
            items.forEach(review -> review.problems().forEach(problem -> tally.fail(problem.pointer(), problem.message())));
            List<ClaimReviewMapper.Mapped> mapped = items.stream().filter(review -> review.claim() != null).toList();
            List<Pending> sources = mapped.stream().filter(review -> review.source() != null)
                    .map(review -> new Pending(review.claim().claim().pointer() + "/itemReviewed/author", review.source()))
                    .toList();
            counting.sources(sources);
            counting.documents(mapped.stream().flatMap(review -> review.documents().stream()).toList());
            counting.claims(mapped.stream().map(ClaimReviewMapper.Mapped::claim).toList());
            groups.done(number, tally);
        });
        for (ClaimReviewMapper.Mapped review : reviews()) {
            reviews.add(review);
        }
        reviews.flush();
    }

    /** Collects items and hands them on in groups of at most {@code size}. */
    private static final class Batch<T> {
        private final int size;
        private final java.util.function.Consumer<List<T>> sink;
        private List<T> items = new ArrayList<>();

        Batch(int size, java.util.function.Consumer<List<T>> sink) {
            this.size = size;
            this.sink = sink;
        }

        void add(T item) {
            items.add(item);
            if (items.size() == size) {
                flush();
            }
        }

        void flush() {
            if (!items.isEmpty()) {
                List<T> full = items;
                items = new ArrayList<>();
                sink.accept(full);
            }
        }
    }
}
