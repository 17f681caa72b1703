package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.claimtrack.gateway.service.QuotedStatementDates;

/**
 * Writes one job's items through the services' batch endpoints, in dependency order (parties → sources → documents →
 * claims → stances → verdicts), resolving natural keys (source name, document url) to ids as it goes and
 * counting every item's outcome in the job's {@link Tally}. It remembers sources and documents (few) but never
 * claims (many): claims are written and forgotten batch by batch.
 */
final class Writer {

    /** Items per batch call (the contract's maximum is 1,000) and bytes per call (the services take 2 MB). */
    static final int MAX_ITEMS = 1000;
    static final int MAX_BYTES = 1_500_000;
    private static final int LOOKUP_MAX = 500;

    /** Service field names → the upload's names, so an item error points at what the uploader wrote. */
    private static final Map<String, String> FIELD_NAMES = Map.of("memberOfName", "memberOf", "memberOfId", "memberOf",
            "publisherId", "publisher", "sourceId", "source", "documentId", "document");

    private record Result(String id, Tally.Outcome outcome) {
    }

    private final Downstream downstream;
    private final Tally tally;
    // What the job learnt so far, shared by every group's writer ({@link #counting}): written while sources and
    // documents go one group at a time, read by the claim groups that run side by side after them.
    private final Map<String, String> partyIds;
    private final Map<String, String> sourceIds;
    private final Map<String, ObjectNode> snapshots;
    private final Map<String, String> documentIds;
    private final Map<String, Instant> documentPublished;
    /** Milliseconds spent in each kind's batch calls (summed over the lanes), for the job's log line. */
    private final Map<String, java.util.concurrent.atomic.LongAdder> callMillis;

    Writer(Downstream downstream, Tally tally) {
        this(downstream, tally, new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new java.util.concurrent.ConcurrentSkipListMap<>());
    }

    private Writer(Downstream downstream, Tally tally, Map<String, String> partyIds, Map<String, String> sourceIds,
            Map<String, ObjectNode> snapshots, Map<String, String> documentIds, Map<String, Instant> documentPublished,
            Map<String, java.util.concurrent.atomic.LongAdder> callMillis) {
        this.downstream = downstream;
        this.tally = tally;
        this.partyIds = partyIds;
        this.sourceIds = sourceIds;
        this.snapshots = snapshots;
        this.documentIds = documentIds;
        this.documentPublished = documentPublished;
        this.callMillis = callMillis;
    }

    /** The same job's writer, counting into {@code groupTally}: each group of items is counted (and committed) apart. */
    Writer counting(Tally groupTally) {
        return new Writer(downstream, groupTally, partyIds, sourceIds, snapshots, documentIds, documentPublished, callMillis);
    }

    /** Where the job's time went, e.g. {@code claims 4.1 s, stances 9.8 s}. */
    String callTimes() {
        return callMillis.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue().sum() / 1000.0))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * A bundle's parties, one call each (they are few), in bundle order so that a parent written earlier can be
     * named by its sub-parties. A party already there (409 with existingId) is UNCHANGED, not modified.
     */
    void parties(List<Pending> parties) {
        for (Pending party : parties) {
            ObjectNode input = party.body().deepCopy();
            if (!referenceToId(party, input, "parent", "parentId", name -> partyIds.get(fold(name)),
                    name -> "no party named \"" + name + "\" comes earlier in this bundle")) {
                continue;
            }
            Downstream.PartyAnswer answer = downstream.createParty(input);
            if (answer.id() == null) {
                JsonNode errors = answer.problem().path("errors");
                String message = errors.isArray() && !errors.isEmpty()
                        ? errors.get(0).path("message").asText() : answer.problem().path("detail").asText("refused");
                String field = errors.isArray() && !errors.isEmpty() ? "/" + errors.get(0).path("field").asText() : "";
                tally.fail(party.pointer() + field.replaceAll("\\[(\\d+)]", "/$1"), message);
                continue;
            }
            partyIds.put(fold(party.body().path("name").asText()), answer.id());
            tally.record(answer.created() ? Tally.Outcome.CREATED : Tally.Outcome.UNCHANGED);
        }
    }

    void sources(List<Pending> sources) {
        List<Pending> inputs = sources.stream().map(source -> {
            ObjectNode input = source.body().deepCopy();
            JsonNode memberOf = input.remove("memberOf");
            if (memberOf != null) {
                input.set("memberOfName", memberOf);
            }
            return new Pending(source.pointer(), input);
        }).toList();
        List<Result> results = send("sources", inputs, body -> fold(body.path("name").asText()));
        java.util.Set<String> unknownIds = new java.util.LinkedHashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String id = results.get(i).id();
            if (id != null) {
                sourceIds.put(fold(inputs.get(i).body().path("name").asText()), id);
                if (!snapshots.containsKey(id)) {
                    unknownIds.add(id);
                }
            }
        }
        // The stored source is what a stance's snapshot must show (an existing source may differ from the upload).
        for (JsonNode source : stored("sources", unknownIds)) {
            ObjectNode snapshot = JsonNodeFactory.instance.objectNode()
                    .put("name", source.path("name").asText()).put("kind", source.path("kind").asText())
                    .put("affiliation", source.path("affiliation").asText(""))
                    .put("reliability", source.path("reliability").asText("F"));
            // the root party decides independence in the claims-service (absent: the source is its own party)
            if (source.hasNonNull("rootParty")) {
                snapshot.put("rootPartyId", source.path("rootParty").path("id").asText())
                        .put("rootPartyName", source.path("rootParty").path("name").asText());
            }
            snapshots.put(source.path("id").asText(), snapshot);
        }
    }

    /** An instant as the import wrote it; null when it is not one (the claims-service then names the field). */
    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }

    /** The stored records of these ids, one look-up per {@value #LOOKUP_MAX}. */
    private List<JsonNode> stored(String kind, java.util.Collection<String> wanted) {
        List<String> all = List.copyOf(wanted);
        List<JsonNode> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += LOOKUP_MAX) {
            ArrayNode ids = JsonNodeFactory.instance.arrayNode();
            all.subList(from, Math.min(all.size(), from + LOOKUP_MAX)).forEach(ids::add);
            downstream.lookup(kind, ids).forEach(found::add);
        }
        return found;
    }

    void documents(List<Pending> documents) {
        List<Pending> inputs = new ArrayList<>();
        for (Pending document : documents) {
            ObjectNode input = document.body().deepCopy();
            if (!referenceToId(document, input, "publisher", "publisherId", name -> sourceIds.get(fold(name)), Writer::noSource)) {
                continue;
            }
            inputs.add(new Pending(document.pointer(), input));
        }
        List<Result> results = send("documents", inputs, body -> body.path("url").asText());
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (results.get(i).id() != null) {
                documentIds.put(inputs.get(i).body().path("url").asText(), results.get(i).id());
                ids.add(results.get(i).id());
            }
        }
        // the stored publishedAt bounds the statedAt of the stances quoting it (an existing document may differ from the upload)
        for (JsonNode document : stored("documents", ids)) {
            Instant published = instant(document.path("publishedAt").asText(null));
            if (published != null) {
                documentPublished.put(document.path("id").asText(), published);
            }
        }
    }

    /** Claims, then their stances, then their verdicts; the items of a claim that failed fail with it. */
    void claims(List<ClaimItem> claims) {
        List<Pending> inputs = claims.stream().map(claim -> {
            ObjectNode input = claim.claim().body().deepCopy();
            input.remove("stances");
            input.remove("verdicts");
            return new Pending(claim.claim().pointer(), input);
        }).toList();
        List<Result> results = send("claims", inputs, Writer::claimKey);
        List<Pending> stances = new ArrayList<>();
        List<Pending> verdicts = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimItem claim = claims.get(i);
            String claimId = results.get(i).id();
            for (Pending stance : claim.stances()) {
                if (claimId == null) {
                    tally.fail(stance.pointer(), "not imported: its claim failed");
                } else {
                    ObjectNode input = stance(claimId, stance);
                    if (input != null) {
                        stances.add(new Pending(stance.pointer(), input));
                    }
                }
            }
            for (Pending verdict : claim.verdicts()) {
                if (claimId == null) {
                    tally.fail(verdict.pointer(), "not imported: its claim failed");
                } else {
                    verdicts.add(new Pending(verdict.pointer(), verdict.body().deepCopy().put("claimId", claimId)));
                }
            }
        }
        // the claims-service's natural key: a quote, or for an attribution who reports it
        send("stances", stances, body -> body.path("claimId").asText() + '\n' + body.path("sourceId").asText() + '\n'
                + body.path("quote").asText() + '\n' + body.path("reportedBy").asText("").toLowerCase(Locale.ROOT));
        send("verdicts", verdicts, body -> body.path("claimId").asText() + '\n' + body.path("rating").asText() + '\n'
                + body.path("reviewer").asText() + '\n' + body.path("explanation").asText());
    }

    /** The stance as the claims-service takes it, or null (counted as failed) when a reference does not resolve. */
    private ObjectNode stance(String claimId, Pending stance) {
        ObjectNode input = stance.body().deepCopy();
        String sourceName = input.remove("source").asText();
        String sourceId = sourceIds.get(fold(sourceName));
        if (sourceId == null || !snapshots.containsKey(sourceId)) {
            tally.fail(stance.pointer() + "/source", noSource(sourceName));
            return null;
        }
        if (!referenceToId(stance, input, "document", "documentId", documentIds::get,
                url -> "no document with url " + url + " in this upload (or it was not imported)")) {
            return null;
        }
        if (input.hasNonNull("documentId")) {
            Instant published = documentPublished.get(input.get("documentId").asText());
            Instant statedAt = instant(input.path("statedAt").asText(null));
            if (QuotedStatementDates.statedAfterPublished(statedAt, published)) {
                tally.fail(stance.pointer() + "/statedAt", QuotedStatementDates.detail(statedAt, published));
                return null;
            }
        }
        input.put("claimId", claimId).put("sourceId", sourceId).set("source", snapshots.get(sourceId));
        return input;
    }

    /**
     * Sends items in batches of at most {@link #MAX_ITEMS} items and {@link #MAX_BYTES} bytes. Items repeating an
     * earlier item's natural key in the same call are not sent again: they share its outcome as UNCHANGED (or
     * its failure), as they would if sent in a later batch.
     */
    private List<Result> send(String kind, List<Pending> items, Function<ObjectNode, String> key) {
        Result[] results = new Result[items.size()];
        Map<String, Integer> firstByKey = new HashMap<>();
        int[] firstOf = new int[items.size()];
        List<Integer> batch = new ArrayList<>();
        ArrayNode bodies = JsonNodeFactory.instance.arrayNode();
        int bytes = 0;
        for (int i = 0; i < items.size(); i++) {
            Integer first = firstByKey.putIfAbsent(key.apply(items.get(i).body()), i);
            firstOf[i] = first == null ? i : first;
            if (first != null) {
                continue;
            }
            int size = items.get(i).body().toString().getBytes(StandardCharsets.UTF_8).length;
            if (!batch.isEmpty() && (batch.size() == MAX_ITEMS || bytes + size > MAX_BYTES)) {
                flush(kind, items, batch, bodies, results);
                batch.clear();
                bodies = JsonNodeFactory.instance.arrayNode();
                bytes = 0;
            }
            batch.add(i);
            bodies.add(items.get(i).body());
            bytes += size;
        }
        if (!batch.isEmpty()) {
            flush(kind, items, batch, bodies, results);
        }
        for (int i = 0; i < items.size(); i++) {
            if (firstOf[i] != i) {
                Result first = results[firstOf[i]];
                if (first.outcome() == Tally.Outcome.FAILED) {
                    tally.fail(items.get(i).pointer(), "not imported: same as " + items.get(firstOf[i]).pointer() + ", which failed");
                    results[i] = first;
                } else {
                    tally.record(Tally.Outcome.UNCHANGED);
                    results[i] = new Result(first.id(), Tally.Outcome.UNCHANGED);
                }
            }
        }
        return List.of(results);
    }

    private void flush(String kind, List<Pending> items, List<Integer> batch, ArrayNode bodies, Result[] results) {
        long start = System.nanoTime();
        JsonNode answers = downstream.batch(kind, bodies);
        callMillis.computeIfAbsent(kind, k -> new java.util.concurrent.atomic.LongAdder())
                .add((System.nanoTime() - start) / 1_000_000);
        for (int n = 0; n < batch.size(); n++) {
            JsonNode answer = answers.get(n);
            Pending item = items.get(batch.get(n));
            Tally.Outcome outcome = Tally.Outcome.valueOf(answer.path("outcome").asText("FAILED"));
            String id = answer.path("id").isTextual() ? answer.path("id").asText() : null;
            if (outcome != Tally.Outcome.FAILED && id == null) {
                outcome = Tally.Outcome.FAILED;
            }
            if (outcome == Tally.Outcome.FAILED) {
                tally.record(Tally.Outcome.FAILED);
                JsonNode errors = answer.path("errors");
                if (errors.isEmpty()) {
                    tally.error(item.pointer(), "refused by the " + kind + " service");
                }
                for (JsonNode error : errors) {
                    String field = error.path("field").asText("");
                    String pointer = field.isEmpty() ? item.pointer()
                            : item.pointer() + "/" + FIELD_NAMES.getOrDefault(field, field).replace('.', '/');
                    tally.error(pointer, error.path("message").asText("invalid"));
                }
                results[batch.get(n)] = new Result(null, Tally.Outcome.FAILED);
            } else {
                tally.record(outcome);
                results[batch.get(n)] = new Result(id, outcome);
            }
        }
    }

    /**
     * A bundle names what an item refers to (a party's parent, a document's publisher, a stance's document); the
     * service wants its id. Replaces {@code field} in {@code input} with {@code idField}, the id of what was written
     * earlier under that name. False, with the failure tallied at the field, when nothing was.
     */
    private boolean referenceToId(Pending item, ObjectNode input, String field, String idField,
            Function<String, String> idOf, Function<String, String> unknown) {
        JsonNode name = input.remove(field);
        if (name == null) {
            return true;
        }
        String id = idOf.apply(name.asText());
        if (id == null) {
            tally.fail(item.pointer() + "/" + field, unknown.apply(name.asText()));
            return false;
        }
        input.put(idField, id);
        return true;
    }

    private static String noSource(String name) {
        return "no source named \"" + name + "\" in this upload (or it was not imported)";
    }

    /** A claim's natural key as the claims-service compares it (its text, folded). */
    static String claimKey(ObjectNode claim) {
        return fold(claim.path("text").asText());
    }

    static String fold(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
