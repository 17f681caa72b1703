package org.claimtrack.system.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of what was sent and what came back, and the findings that fail the run. */
final class FuzzReport {

    private static final int KEEP = 15;

    private final Map<String, Map<Integer, Integer>> statusesByService = new TreeMap<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final Map<String, Integer> operations = new TreeMap<>();
    private int total;
    private int serverErrors;
    private int leaks;
    private int dataChanges;
    private int notProblem;
    private int connectionFailures;
    private int unsendable;
    private int notRefused;
    private int baselinesRefused;
    private int undocumented;
    private int nonConforming;
    private final Map<String, Integer> offDocument = new TreeMap<>();
    /** Kept examples per kind of finding, so that a flood of one kind does not hide another. */
    private final Map<String, List<String>> failures = new TreeMap<>();
    private final long startedNanos = System.nanoTime();
    private final java.util.TreeSet<Slow> slowest = new java.util.TreeSet<>(
            java.util.Comparator.comparingLong(Slow::millis).thenComparing(Slow::entry));

    private record Slow(long millis, String entry) {
    }

    synchronized void count(FuzzRequest r, int status) {
        total++;
        if (total % 1000 == 0) {
            System.out.printf("fuzz: %d requests, %d findings, %d s%n", total, failureCount(),
                    (System.nanoTime() - startedNanos) / 1_000_000_000L);
        }
        statusesByService.computeIfAbsent(r.op().service(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        String kind = r.kind().contains(":") ? r.kind().substring(0, r.kind().indexOf(':')) : r.kind();
        byKind.merge(kind, 1, Integer::sum);
        operations.merge(r.op().service() + " " + r.op().method() + " " + r.op().path(), 1, Integer::sum);
    }

    /** Keeps the slowest answers: a timeout-driven 503 or a request without answer starts with a slow one. */
    synchronized void took(FuzzRequest r, int status, long millis) {
        slowest.add(new Slow(millis, status + " in " + millis + " ms: " + r.describe()));
        if (slowest.size() > KEEP) {
            slowest.pollFirst();
        }
    }

    synchronized int total() {
        return total;
    }

    synchronized void serverError(FuzzRequest r, int status, String body) {
        serverErrors++;
        keep("5xx", "5xx " + status + ": " + r.describe() + "\n    -> " + shorten(body));
    }

    synchronized void leak(FuzzRequest r, int status, String match, String body) {
        leaks++;
        keep("leak", "LEAK '" + match + "' in " + status + ": " + r.describe() + "\n    -> " + shorten(body));
    }

    synchronized void dataChanged(List<FuzzRequest> rejected, String diff) {
        dataChanges++;
        StringBuilder s = new StringBuilder("DATA CHANGED after rejected writes (" + diff + "); one of:");
        rejected.stream().limit(25).forEach(r -> s.append("\n    ").append(r.describe()));
        keep("data", s.toString());
    }

    synchronized void notProblem(FuzzRequest r, int status, String contentType, String body) {
        notProblem++;
        keep("not problem+json", "error " + status + " not application/problem+json (" + contentType + "): " + r.describe()
                + "\n    -> " + shorten(body));
    }

    synchronized void notRefused(FuzzRequest r, int status, String promise, String body) {
        notRefused++;
        keep("not refused", "NOT REFUSED (document promises " + promise + ") answered " + status + ": " + r.describe()
                + "\n    -> " + shorten(body));
    }

    synchronized void baselineRefused(FuzzRequest r, int status, String body) {
        baselinesRefused++;
        keep("baseline refused", "BASELINE REFUSED (the valid request every mutation starts from) " + status + ": "
                + r.describe() + "\n    -> " + shorten(body));
    }

    synchronized void undocumented(FuzzRequest r, int status, String body) {
        undocumented++;
        offDocument.merge(status + " " + r.op().service() + " " + r.op().method() + " " + r.op().path() + " ["
                + (r.kind().contains(":") ? r.kind().substring(0, r.kind().indexOf(':')) : r.kind()) + "]", 1, Integer::sum);
        keep("undocumented status", "UNDOCUMENTED STATUS " + status + " (the document gives " + r.op().responses() + "): "
                + r.describe() + "\n    -> " + shorten(body));
    }

    synchronized void nonConforming(FuzzRequest r, int status, String messages, String body) {
        nonConforming++;
        offDocument.merge("non-conforming " + status + " " + r.op().service() + " " + r.op().method() + " "
                + r.op().path() + ": " + messages.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>"), 1, Integer::sum);
        keep("not as documented", "NOT AS DOCUMENTED (" + messages + ") " + status + ": " + r.describe() + "\n    -> "
                + shorten(body));
    }

    synchronized void connectionFailure(FuzzRequest r, Exception e) {
        connectionFailures++;
        keep("no answer", "NO ANSWER (" + e + "): " + r.describe());
    }

    synchronized void unsendable(FuzzRequest r) {
        unsendable++;
    }

    /** Everything the run must have none of. */
    synchronized int failureCount() {
        return serverErrors + leaks + dataChanges + connectionFailures + notProblem + notRefused + baselinesRefused
                + undocumented + nonConforming;
    }

    /** The counts and the first example of each kind of finding: what a CI log shows when the report file is out of reach. */
    synchronized String summary() {
        StringBuilder s = new StringBuilder(String.format("%d findings in %d requests (5xx %d, leaks %d, data changes %d, "
                + "no answer %d, not problem+json %d, must-refuse accepted %d, baselines refused %d, undocumented statuses %d, "
                + "answers not as documented %d)", failureCount(), total, serverErrors, leaks, dataChanges,
                connectionFailures, notProblem, notRefused, baselinesRefused, undocumented, nonConforming));
        failures.forEach((kind, examples) -> s.append("\n  first ").append(kind).append(": ").append(examples.get(0)));
        if (!slowest.isEmpty()) {
            s.append("\n  slowest: ").append(shorten(slowest.last().entry()));
        }
        return s.toString();
    }

    synchronized String render() {
        StringBuilder s = new StringBuilder("Claimtrack bad-input fuzz report\n");
        s.append(String.format("requests sent: %d in %d s (%d operations; %d not sendable by the HTTP client)%n", total,
                (System.nanoTime() - startedNanos) / 1_000_000_000L, operations.size(), unsendable));
        s.append(String.format("5xx: %d   leaks (stack trace/class name/SQL): %d   data changed after rejection: %d   "
                + "no answer: %d%n", serverErrors, leaks, dataChanges, connectionFailures));
        s.append(String.format("error answers that are not application/problem+json: %d   must-refuse mutations not "
                + "refused: %d   baselines refused: %d   statuses the operation does not document: %d   answers not "
                + "as documented (content type, schema, headers): %d%n", notProblem, notRefused, baselinesRefused,
                undocumented, nonConforming));
        statusesByService.forEach((service, statuses) -> s.append("status codes, ").append(service).append(": ")
                .append(statuses).append('\n'));
        s.append("requests by mutation: ").append(byKind).append('\n');
        s.append("requests by operation:\n");
        operations.forEach((op, n) -> s.append(String.format("  %6d  %s%n", n, op)));
        if (!offDocument.isEmpty()) {
            s.append("statuses the operation does not document (status, operation, mutation), and answers not as "
                    + "documented:\n");
            offDocument.forEach((where, n) -> s.append(String.format("  %6d  %s%n", n, where)));
        }
        s.append("slowest answers:\n");
        slowest.descendingSet().forEach(slow -> s.append("  ").append(shorten(slow.entry())).append('\n'));
        failures.forEach((kind, examples) -> {
            s.append("FAILURES, ").append(kind)
                    .append(" (first ").append(KEEP).append("):\n");
            examples.forEach(f -> s.append("  ").append(f).append('\n'));
        });
        return s.toString();
    }

    private void keep(String kind, String entry) {
        List<String> list = failures.computeIfAbsent(kind, k -> new ArrayList<>());
        if (list.size() < (kind.equals("baseline refused") ? 100 : KEEP)) {
            list.add(entry);
        }
    }

    private static String shorten(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "..." : oneLine;
    }
}
