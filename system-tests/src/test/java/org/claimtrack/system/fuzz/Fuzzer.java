package org.claimtrack.system.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.claimtrack.system.OpenApiCheck;

/**
 * Sends generated malformed requests and judges every answer: no 5xx, no stack trace, class name or SQL in a body,
 * and no change of data after a rejected write (compared by {@link Snapshot}s of counts and versions).
 */
final class Fuzzer {

    /** Placeholder for If-Match: replaced by the entity's current ETag just before sending. */
    static final String CURRENT_ETAG = "@current-etag@";

    /** What must never reach a client. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("), // stack frame
            Pattern.compile("\\b(java|javax|jakarta|org|io|com|sun)\\.[a-z_$][\\w$]*(\\.[\\w$]+)*\\.[A-Z][\\w$]*"), // FQCN
            Pattern.compile("[A-Za-z]+(Exception|Error)\\b"),
            Pattern.compile("\\b(SQL|JDBC|Hibernate|HHH\\d+|SQLState|PSQL|org\\.h2)"),
            Pattern.compile("(?i)\\b(select\\s+\\S.*\\s+from\\s|insert\\s+into\\s|update\\s+\\w+\\s+set\\s|delete\\s+from\\s)"),
            Pattern.compile("Caused by:"));

    private static final int SNAPSHOT_EVERY = 25;
    private static final int READ_THREADS = 3;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> baseUrls;
    private final Supplier<Snapshot> snapshots;
    private final Consumer<String> awaitImport;
    final FuzzReport report = new FuzzReport();

    /**
     * @param baseUrls    service name → base URL the operation paths are appended to
     * @param snapshots   takes a snapshot of the data (counts and versions)
     * @param awaitImport waits for an accepted import job (by its Location) so its writes do not count as a change
     */
    Fuzzer(Map<String, String> baseUrls, Supplier<Snapshot> snapshots, Consumer<String> awaitImport) {
        this.baseUrls = baseUrls;
        this.snapshots = snapshots;
        this.awaitImport = awaitImport;
    }

    /** Sends every systematic mutation of every operation, until the deadline at the latest. */
    void systematic(List<Operation> ops, Mutations mutations, long deadline) {
        List<Runnable> groups = new ArrayList<>();
        for (Operation op : ops) {
            groups.add(() -> sendGroup(mutations.of(op), deadline));
        }
        runAll(ops, groups);
    }

    /**
     * Reads change nothing, so their groups run on a few threads beside the writes, which run one at a time so that
     * a change of data can be pinned on the writes of one group.
     */
    private void runAll(List<Operation> ops, List<Runnable> groups) {
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(READ_THREADS);
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (!ops.get(i).isWrite()) {
                pending.add(readers.submit(groups.get(i)));
            }
        }
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).isWrite()) {
                groups.get(i).run();
            }
        }
        readers.shutdown();
        for (java.util.concurrent.Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Sends random combined mutations of random operations until {@code target} requests in all, or the deadline. */
    void random(List<Operation> ops, Mutations mutations, int target, long deadline, long seed) {
        Random random = new Random(seed);
        while (report.total() < target && System.nanoTime() < deadline) {
            List<Operation> round = new ArrayList<>();
            List<Runnable> groups = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                Operation op = ops.get(random.nextInt(ops.size()));
                List<FuzzRequest> group = new ArrayList<>();
                for (int i = 0; i < SNAPSHOT_EVERY; i++) {
                    group.add(mutations.random(op, random));
                }
                round.add(op);
                groups.add(() -> sendGroup(group, deadline));
            }
            runAll(round, groups);
        }
    }

    private void sendGroup(List<FuzzRequest> requests, long deadline) {
        Snapshot before = snapshots.get();
        List<FuzzRequest> rejectedSince = new ArrayList<>();
        for (FuzzRequest r : requests) {
            if (System.nanoTime() > deadline) {
                break;
            }
            HttpResponse<String> response = send(r);
            if (response == null) {
                continue;
            }
            boolean accepted = response.statusCode() < 400;
            if (r.op().isWrite()) {
                if (accepted) {
                    awaitAcceptedImport(response);
                    // The accepted write's own change hides any change of the rejected ones before it (a diff taken
                    // now would blame them for it): send them again from here, where they must change nothing too.
                    before = replay(rejectedSince, snapshots.get(), deadline);
                    rejectedSince.clear();
                } else {
                    rejectedSince.add(r.answered(response.statusCode()));
                    if (rejectedSince.size() >= SNAPSHOT_EVERY) {
                        before = checkUnchanged(before, rejectedSince);
                        rejectedSince.clear();
                    }
                }
            }
        }
        checkUnchanged(before, rejectedSince);
    }

    private void awaitAcceptedImport(HttpResponse<String> response) {
        response.headers().firstValue("Location").filter(l -> l.contains("/imports/")).ifPresent(awaitImport);
    }

    /**
     * Sends {@code rejected} again on top of {@code base} and checks they change nothing; one that is accepted this
     * time (the data it depended on has changed) starts a new base. Returns the last snapshot.
     */
    private Snapshot replay(List<FuzzRequest> rejected, Snapshot base, long deadline) {
        List<FuzzRequest> again = new ArrayList<>();
        for (FuzzRequest r : rejected) {
            if (System.nanoTime() > deadline) {
                break;
            }
            HttpResponse<String> response = send(r);
            if (response == null) {
                continue;
            }
            if (response.statusCode() < 400) {
                awaitAcceptedImport(response);
                base = replay(new ArrayList<>(again), snapshots.get(), deadline); // the same reasoning, one level down
                again.clear();
            } else {
                again.add(r.answered(response.statusCode()));
            }
        }
        return checkUnchanged(base, again);
    }

    /** Compares the data with the snapshot taken before {@code rejected}; returns the current snapshot. */
    private Snapshot checkUnchanged(Snapshot before, List<FuzzRequest> rejected) {
        if (rejected.isEmpty()) {
            return before;
        }
        Snapshot after = snapshots.get();
        if (!after.equals(before)) {
            report.dataChanged(rejected, before.diff(after));
        }
        return after;
    }

    private HttpResponse<String> send(FuzzRequest r) {
        String base = baseUrls.get(r.op().service());
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base + r.pathAndQuery())).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            report.unsendable(r);
            return null;
        }
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            String value = h.getValue().equals(CURRENT_ETAG) ? currentEtag(base + r.pathAndQuery()).orElse("\"0\"")
                    : h.getValue();
            builder.header(h.getKey(), value);
        }
        builder.method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        try {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            report.took(r, response.statusCode(), (System.nanoTime() - started) / 1_000_000);
            judge(r, response);
            return response;
        } catch (IOException e) {
            report.connectionFailure(r, e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void judge(FuzzRequest r, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        report.count(r, status);
        String promise = mustBeRefused(r);
        // 401; for credentials also 429: the name is locked out after failed sign-ins, a refusal that says why
        if (promise != null && (promise.startsWith("401 ") ? !(status == 401
                || (r.kind().startsWith("auth:") && status == 429)) : status < 400)) {
            report.notRefused(r, status, promise, body);
        }
        if (r.kind().equals("baseline") && status >= 400 && !(r.op().method().equals("DELETE") && status == 404)
                && !fixtureCannotMakeValid(r.op(), status)) {
            report.baselineRefused(r, status, body);
        }
        if (status >= 500) {
            report.serverError(r, status, body);
        }
        if (!r.op().responses().contains(String.valueOf(status)) && !r.op().responses().contains("default")) {
            report.undocumented(r, status, body);
        } else if (!r.kind().equals("accept")) {
            // the answer as the document describes it: content type, body schema, headers ("accept" asked for XML)
            String wrong = notAsDocumented(OpenApiCheck.validator(baseUrls.get(r.op().service())), r.method(),
                    r.pathAndQuery(), status, response.headers().map(), body);
            if (wrong != null) {
                report.nonConforming(r, status, wrong, body);
            }
        }
        if (status >= 400) {
            for (Pattern leak : LEAKS) {
                var m = leak.matcher(body);
                if (m.find()) {
                    report.leak(r, status, m.group(), body);
                    break;
                }
            }
            // "accept" asked for XML or HTML only: the answer may honour that instead of sending a problem
            if (!contentType.startsWith("application/problem+json") && !r.kind().equals("accept")) {
                report.notProblem(r, status, contentType, body);
            }
        }
    }

    /** What in an answer the document does not describe (content type, body schema, headers), or null. */
    static String notAsDocumented(OpenApiInteractionValidator document, String method, String pathAndQuery, int status,
            Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach(answer::withHeader);
        ValidationReport check = document.validateResponse(pathAndQuery.replaceFirst("\\?.*", ""),
                Request.Method.valueOf(method), answer.build());
        return !check.hasErrors() ? null : check.getMessages().stream().map(ValidationReport.Message::getMessage)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** If-Match values that can never match the current version (the others, "*" and a list, may). */
    private static final java.util.Set<String> STALE_IF_MATCH = java.util.Set.of("\"999999\"", "garbage", "W/\"0\"", "\"-1\"",
            "\"\u00e9\"");

    /**
     * What the document promises for a mutation that takes away what a write needs: null when nothing is promised,
     * else the refusal expected ("401 ..." for a missing or wrong token or credentials, else any 4xx).
     */
    static String mustBeRefused(FuzzRequest r) {
        Operation op = r.op();
        if (!op.isWrite()) {
            return null;
        }
        if ((r.kind().startsWith("token:") || r.kind().startsWith("auth:")) && op.needsCredentials()) {
            return "401 " + (r.kind().startsWith("auth:") ? "(or 429, locked out) " : "") + "for " + r.kind();
        }
        if (r.kind().startsWith("field:") && wrongJsonType(op, r.kind().substring("field:".length()), r.fieldValue())) {
            return "refused: " + r.fieldValue() + " is not of the type the document gives " + r.kind();
        }
        if (op.needsIfMatch() && (r.kind().equals("if-match:missing")
                || (r.kind().equals("if-match") && STALE_IF_MATCH.contains(r.headers().get("If-Match"))))) {
            return "refused for " + r.kind() + " " + r.headers().getOrDefault("If-Match", "(none)");
        }
        return null;
    }

    /**
     * A JSON value of a type the schema does not allow at the field: the service must refuse it, not coerce it (the
     * gateway once took 12345678901 as a claim's text). null is left out (for an optional field it is its absence).
     */
    static boolean wrongJsonType(Operation op, String pointer, String raw) {
        if ("array".equals(op.bodySchema().path("type").asText())) {
            return false; // a batch answers 200 with the item FAILED
        }
        Set<String> allowed = op.typesAt(pointer);
        if (allowed.isEmpty() || raw == null || raw.equals("null")) {
            return false;
        }
        char first = raw.charAt(0);
        String type = first == '"' ? "string" : first == '{' ? "object" : first == '[' ? "array"
                : raw.equals("true") || raw.equals("false") ? "boolean"
                : raw.matches("-?\\d+") ? "integer" : "number";
        return !allowed.contains(type); // typesAt lists integer wherever number is allowed
    }

    /**
     * Baselines the fixture cannot make valid yet (docs/testing.md, "Left open"): it holds no note, so a note's path
     * finds none (404), and a claim's workflow keeps its own version while the fuzzer sends the claim's ETag (412).
     */
    private static boolean fixtureCannotMakeValid(Operation op, int status) {
        return (status == 404 && op.path().contains("/notes/")) || (status == 412 && op.path().contains("/workflow"));
    }

    /** The ETag of the addressed record: of the URL itself, else (an action such as /retraction) of the nearest parent. */
    private Optional<String> currentEtag(String url) {
        String plain = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        Optional<String> etag = etagOf(plain);
        // up the path until a record answers with one: a retraction's If-Match is its claim's version
        while (etag.isEmpty() && plain.lastIndexOf('/') > plain.indexOf("//") + 1) {
            plain = plain.substring(0, plain.lastIndexOf('/'));
            etag = etagOf(plain);
        }
        return etag;
    }

    private Optional<String> etagOf(String plain) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(plain)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            return r.headers().firstValue("ETag");
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
