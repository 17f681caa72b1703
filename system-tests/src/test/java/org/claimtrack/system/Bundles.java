package org.claimtrack.system;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Generates import bundles ({@code seeds/bundle.schema.json}) of any size, deterministically from a seed: sources
 * spread over a dozen parties, claims that each get a few stances from those sources. Uses the JDK only, so the
 * benchmark runs it as a single-file program:
 * {@code java Bundles.java <out.json> <firstClaim> <claims> <firstSource> <sources> <stancesPerClaim> [seed]}.
 */
public final class Bundles {

    private static final List<String> PARTIES = List.of("Russia", "Ukraine", "United States", "United Kingdom",
            "Belarus", "France", "Germany", "Poland", "NATO", "OSCE", "", "Lithuania");
    private static final List<String> KINDS = List.of("PERSON", "GOVERNMENT", "ORGANIZATION", "MEDIA_OUTLET",
            "INTERGOVERNMENTAL", "GROUP");
    private static final List<String> STANCES = List.of("ASSERTS", "ASSERTS", "DENIES", "QUESTIONS", "REPORTS");
    private static final List<String> TOPICS = List.of("troops", "sanctions", "talks", "energy", "exercises", "refugees");

    private Bundles() {
    }

    /** The name of generated source {@code i}. */
    public static String sourceName(int i) {
        return String.format("Generated source %06d", i);
    }

    /** The text of generated claim {@code i}. */
    public static String claimText(int i) {
        return String.format("Generated claim %07d: %s near the border rose by %d units this week.", i,
                TOPICS.get(i % TOPICS.size()), i % 977 + 3);
    }

    /**
     * Writes a bundle of {@code claims} claims numbered from {@code firstClaim}, each with {@code stancesPerClaim}
     * stances (distinct sources) by the {@code sources} sources numbered from {@code firstSource}, which the bundle
     * also holds.
     */
    public static void write(Writer out, int firstClaim, int claims, int firstSource, int sources, int stancesPerClaim,
            long seed) throws IOException {
        if (stancesPerClaim > sources) {
            throw new IllegalArgumentException("more stances per claim than sources");
        }
        Random random = new Random(seed);
        out.write("{\"format\":\"claimtrack-bundle/1\",\"name\":\"generated-" + firstClaim + "\",\"sources\":[");
        for (int s = 0; s < sources; s++) {
            int i = firstSource + s;
            out.write((s == 0 ? "" : ",") + "{\"name\":\"" + sourceName(i) + "\",\"kind\":\"" + KINDS.get(i % KINDS.size())
                    + "\",\"affiliation\":\"" + PARTIES.get(i % PARTIES.size()) + "\",\"reliability\":\""
                    + "ABCDEF".charAt(i % 6) + "\"}");
        }
        out.write("],\"claims\":[");
        for (int c = 0; c < claims; c++) {
            int i = firstClaim + c;
            out.write((c == 0 ? "" : ",") + "{\"text\":\"" + claimText(i) + "\",\"topic\":\"" + TOPICS.get(i % TOPICS.size())
                    + "\",\"tags\":[\"generated\",\"batch-" + (i / 1000) + "\"],\"language\":\"en\","
                    + "\"eventTime\":\"2021-12-" + (10 + i % 20) + "T00:00:00Z\",\"stances\":[");
            int start = random.nextInt(sources);
            for (int k = 0; k < stancesPerClaim; k++) {
                int source = firstSource + (start + k * 7919) % sources;
                out.write((k == 0 ? "" : ",") + "{\"source\":\"" + sourceName(source) + "\",\"stance\":\""
                        + STANCES.get(random.nextInt(STANCES.size())) + "\",\"quote\":\"Statement " + k + " on claim " + i
                        + " by source " + source + ".\",\"statedAt\":\"2021-12-" + (10 + (i + k) % 20) + "T"
                        + String.format("%02d", k % 24) + ":00:00Z\"}");
            }
            out.write("]}");
        }
        out.write("]}");
    }

    /** The bundle as a string (for bundles that fit in memory comfortably). */
    public static String generate(int firstClaim, int claims, int firstSource, int sources, int stancesPerClaim,
            long seed) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(out, firstClaim, claims, firstSource, sources, stancesPerClaim, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]))) {
            write(out, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]), args.length > 6 ? Long.parseLong(args[6]) : 1L);
        }
    }
}
