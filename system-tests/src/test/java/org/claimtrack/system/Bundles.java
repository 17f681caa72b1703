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
 * <p>
 * Claim texts come in two styles. {@link #claimText(int)} (the default, which the system tests use) is one template
 * with a number in it: every claim shares most of its words. {@code --text} (the benchmark) writes texts drawn from
 * {@link Vocabulary}: tens of thousands of made-up words in five scripts, each language's words Zipf-distributed, so
 * that common words are in many claims and rare ones in a few, as in real text:
 * {@code java Bundles.java --text <out.json> <firstClaim> <claims> <firstSource> <sources> <stancesPerClaim> [seed]};
 * {@code java Bundles.java --words <out.tsv>} lists the vocabulary (language, rank, word, URL-encoded word) and
 * {@code java Bundles.java --texts <out.txt> <count> <seed>} writes URL-encoded texts of the same kind that no bundle
 * holds (for similar-claims queries).
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
        write(out, firstClaim, claims, firstSource, sources, stancesPerClaim, seed, null);
    }

    /**
     * As {@link #write(Writer, int, int, int, int, int, long)}, with the claims' texts and languages from
     * {@code vocabulary} ({@link Vocabulary#claimText(int)}) when it is not null.
     */
    public static void write(Writer out, int firstClaim, int claims, int firstSource, int sources, int stancesPerClaim,
            long seed, Vocabulary vocabulary) throws IOException {
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
            String text = vocabulary == null ? claimText(i) : vocabulary.claimText(i);
            String language = vocabulary == null ? "en" : vocabulary.claimLanguage(i).code;
            out.write((c == 0 ? "" : ",") + "{\"text\":\"" + text + "\",\"topic\":\"" + TOPICS.get(i % TOPICS.size())
                    + "\",\"tags\":[\"generated\",\"batch-" + (i / 1000) + "\"],\"language\":\"" + language + "\","
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
        String mode = args[0].startsWith("--") ? args[0] : "";
        String[] a = mode.isEmpty() ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(a[0]))) {
            switch (mode) {
                case "" -> write(out, Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]),
                        Integer.parseInt(a[4]), Integer.parseInt(a[5]), a.length > 6 ? Long.parseLong(a[6]) : 1L);
                case "--text" -> write(out, Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]),
                        Integer.parseInt(a[4]), Integer.parseInt(a[5]), a.length > 6 ? Long.parseLong(a[6]) : 1L,
                        new Vocabulary());
                case "--words" -> new Vocabulary().writeWords(out);
                case "--texts" -> {
                    Vocabulary vocabulary = new Vocabulary();
                    long seed = Long.parseLong(a[2]);
                    for (int i = 0; i < Integer.parseInt(a[1]); i++) {
                        // numbered far past any bundle's claims, so that no stored claim has these texts
                        int n = (int) (1_000_000_000L + seed * 100_000 + i);
                        out.write(java.net.URLEncoder.encode(vocabulary.claimText(n), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20") + "\n");
                    }
                }
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        }
    }

    /**
     * A made-up vocabulary, the same on every run: per language a few thousand to twenty thousand distinct words
     * built from that script's syllables, ranked, and drawn with Zipf's law (the word of rank r in proportion to
     * 1/r), so that word frequencies look like real text's: the first few words in a large share of the claims,
     * most words in a handful. 41,000 words in all: English-like Latin (20,000), Russian Cyrillic (10,000), Greek
     * (4,000), Arabic (4,000) and Hindi Devanagari (3,000); a claim is in one language (60 / 20 / 8 / 7 / 5%).
     */
    public static final class Vocabulary {

        /** A language of the vocabulary: its BCP 47 code, share of the claims, number of words and syllables. */
        public enum Language {
            EN("en", 60, 20_000, "b c d f g h k l m n p r s t v w z br st tr pl gr", "a e i o u ai ea ou", "n r s t l"),
            RU("ru", 20, 10_000, "б в г д ж з к л м н п р с т ф х ч ш пр ст гр", "а е и о у ы я ю", "н р с т й"),
            EL("el", 8, 4_000, "β γ δ θ κ λ μ ν π ρ σ τ φ χ", "α ε η ι ο υ ω", "ς ν"),
            AR("ar", 7, 4_000, "ب ت ج د ر س ش ع ف ق ك ل م ن ه", "ا و ي", ""),
            HI("hi", 5, 3_000, "क ख ग च ज त द न प ब म र ल व स ह", "ा ि ी ु ू े ो", "ं");

            public final String code;
            final int share;
            final int size;
            final String[] onsets;
            final String[] vowels;
            final String[] codas;

            Language(String code, int share, int size, String onsets, String vowels, String codas) {
                this.code = code;
                this.share = share;
                this.size = size;
                this.onsets = onsets.split(" ");
                this.vowels = vowels.split(" ");
                this.codas = codas.isEmpty() ? new String[0] : codas.split(" ");
            }
        }

        private final java.util.Map<Language, List<String>> words = new java.util.EnumMap<>(Language.class);
        private final java.util.Map<Language, double[]> cumulative = new java.util.EnumMap<>(Language.class);

        public Vocabulary() {
            java.util.Set<String> all = new java.util.HashSet<>();
            for (Language language : Language.values()) {
                Random random = new Random(language.code.hashCode());
                List<String> list = new java.util.ArrayList<>(language.size);
                while (list.size() < language.size) {
                    // two to four syllables, so no word is as short as a stop word; short words are the frequent
                    // ones, as in real languages (the list's order is its rank)
                    int syllables = 2 + Math.min(2, list.size() * 3 / language.size + (random.nextInt(4) == 0 ? 1 : 0));
                    StringBuilder word = new StringBuilder();
                    for (int k = 0; k < syllables; k++) {
                        word.append(language.onsets[random.nextInt(language.onsets.length)])
                                .append(language.vowels[random.nextInt(language.vowels.length)]);
                        if (language.codas.length > 0 && random.nextInt(4) == 0) {
                            word.append(language.codas[random.nextInt(language.codas.length)]);
                        }
                    }
                    if (all.add(word.toString())) {
                        list.add(word.toString());
                    }
                }
                words.put(language, list);
                double[] sums = new double[list.size()];
                double sum = 0;
                for (int r = 0; r < sums.length; r++) {
                    sum += 1.0 / (r + 1);
                    sums[r] = sum;
                }
                for (int r = 0; r < sums.length; r++) {
                    sums[r] /= sum;
                }
                cumulative.put(language, sums);
            }
        }

        /** The language of generated claim {@code i}. */
        public Language claimLanguage(int i) {
            int slot = Math.floorMod(i * 37 + 11, 100);
            for (Language language : Language.values()) {
                if (slot < language.share) {
                    return language;
                }
                slot -= language.share;
            }
            throw new IllegalStateException("shares do not add up to 100");
        }

        /** The word of rank {@code rank} (0 is the most common) of {@code language}. */
        public String word(Language language, int rank) {
            return words.get(language).get(rank);
        }

        /** A Zipf-distributed word of {@code language}. */
        public String randomWord(Language language, Random random) {
            double[] sums = cumulative.get(language);
            int at = java.util.Arrays.binarySearch(sums, random.nextDouble());
            return words.get(language).get(Math.min(sums.length - 1, at < 0 ? -at - 1 : at));
        }

        /**
         * The text of generated claim {@code i}: 10 to 24 Zipf-distributed words of its language, with the claim's
         * number in it, so texts are distinct (the number is one more token, in every claim once).
         */
        public String claimText(int i) {
            Language language = claimLanguage(i);
            Random random = new Random(i * 0x9E3779B97F4A7C15L + 17);
            int length = 10 + random.nextInt(15);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                String word = randomWord(language, random);
                text.append(k == 0 ? "" : " ").append(k == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                if (k == length / 2) {
                    text.append(" ").append(i);
                }
            }
            return text.append('.').toString();
        }

        /** One line per word: language code, rank (1 is the most common), the word, the word URL-encoded. */
        void writeWords(Writer out) throws IOException {
            for (Language language : Language.values()) {
                List<String> list = words.get(language);
                for (int r = 0; r < list.size(); r++) {
                    out.write(language.code + "\t" + (r + 1) + "\t" + list.get(r) + "\t"
                            + java.net.URLEncoder.encode(list.get(r), java.nio.charset.StandardCharsets.UTF_8) + "\n");
                }
            }
        }
    }
}
