package org.claimtrack.claims.status;

import static org.claimtrack.claims.status.Reliability.A;
import static org.claimtrack.claims.status.Reliability.B;
import static org.claimtrack.claims.status.Reliability.C;
import static org.claimtrack.claims.status.Reliability.D;
import static org.claimtrack.claims.status.Reliability.F;
import static org.claimtrack.claims.status.StanceType.ASSERTS;
import static org.claimtrack.claims.status.StanceType.DENIES;
import static org.claimtrack.claims.status.StanceType.QUESTIONS;
import static org.claimtrack.claims.status.StanceType.REPORTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatusEngineTest {

    private static final Instant T0 = Instant.parse("2021-12-30T10:00:00Z");

    /** A stance by a named source; the source id is derived from the name so one name = one source. */
    static EvidenceStance s(String source, String affiliation, Reliability reliability, StanceType type) {
        return new EvidenceStance(UUID.nameUUIDFromBytes(source.getBytes()), source, affiliation, reliability, type);
    }

    private static final UUID RUSSIA = UUID.nameUUIDFromBytes("party Russia".getBytes());
    private static final UUID UKRAINE = UUID.nameUUIDFromBytes("party Ukraine".getBytes());
    private static final UUID GEORGIA_STATE = UUID.nameUUIDFromBytes("party Georgia (U.S. state)".getBytes());

    /** A stance whose snapshot carries the root party the sources-service resolved (aliases, parents, memberOf). */
    static EvidenceStance r(String source, String affiliation, UUID rootParty, String rootName, StanceType type) {
        return new EvidenceStance(UUID.nameUUIDFromBytes(source.getBytes()), source, rootParty, rootName, affiliation,
                C, type);
    }

    static Stream<Arguments> independenceTable() {
        return Stream.of(
                Arguments.of("an alias: affiliations differ, the root party is the same", List.of(
                        r("Government of Russia", "Russia", RUSSIA, "Russia", ASSERTS),
                        r("Kremlin press service", "Russian Federation", RUSSIA, "Russia", ASSERTS)),
                        VerificationStatus.SINGLE_PARTY, List.of("Russia")),
                Arguments.of("a memberOf chain: no affiliation of its own, the root party of its parent", List.of(
                        r("Government of Russia", "Russia", RUSSIA, "Russia", ASSERTS),
                        r("Press officer", "", RUSSIA, "Russia", ASSERTS)),
                        VerificationStatus.SINGLE_PARTY, List.of("Russia")),
                Arguments.of("the issue's three Russian sources are one party", List.of(
                        r("Government of Russia", "Russia", RUSSIA, "Russia", ASSERTS),
                        r("Kremlin press service", "Russian Federation", RUSSIA, "Russia", ASSERTS),
                        r("Press officer", "", RUSSIA, "Russia", ASSERTS)),
                        VerificationStatus.SINGLE_PARTY, List.of("Russia")),
                Arguments.of("a typo resolved to its party by the sources-service is that party", List.of(
                        r("Government of Russia", "Russia", RUSSIA, "Russia", ASSERTS),
                        r("Embassy", "Russia", RUSSIA, "Russia", ASSERTS)),
                        VerificationStatus.SINGLE_PARTY, List.of("Russia")),
                Arguments.of("an independent source (no party anywhere) is its own party", List.of(
                        r("Government of Russia", "Russia", RUSSIA, "Russia", ASSERTS),
                        r("Bellingcat", "", null, null, ASSERTS)),
                        VerificationStatus.CORROBORATED, List.of("Bellingcat", "Russia")),
                Arguments.of("different root parties are independent", List.of(
                        r("Government of Ukraine", "Ukraine", UKRAINE, "Ukraine", ASSERTS),
                        r("Government of Russia", "Russia", RUSSIA, "Russia", ASSERTS)),
                        VerificationStatus.CORROBORATED, List.of("Russia", "Ukraine")),
                Arguments.of("the root party's id decides, not the text of the affiliation", List.of(
                        r("Tbilisi", "Georgia", UUID.nameUUIDFromBytes("party Georgia".getBytes()), "Georgia", ASSERTS),
                        r("Atlanta", "Georgia", GEORGIA_STATE, "Georgia (U.S. state)", ASSERTS)),
                        VerificationStatus.CORROBORATED, List.of("Georgia", "Georgia (U.S. state)")),
                Arguments.of("a denial by a member of an asserting party still disputes", List.of(
                        r("Government of Russia", "Russia", RUSSIA, "Russia", ASSERTS),
                        r("Zakharova", "Russian Foreign Ministry", RUSSIA, "Russia", DENIES)),
                        VerificationStatus.DISPUTED, List.of("Russia")),
                Arguments.of("an old snapshot of a root party's name joins that party, not a second one", List.of(
                        s("Government of Russia", " russia", C, ASSERTS),
                        r("Zakharova", "Russian Foreign Ministry", RUSSIA, "Russia", ASSERTS)),
                        VerificationStatus.SINGLE_PARTY, List.of("Russia")),
                Arguments.of("an old snapshot of another name stays its own party", List.of(
                        s("Government of Ukraine", "Ukraine", C, ASSERTS),
                        r("Zakharova", "Russian Foreign Ministry", RUSSIA, "Russia", ASSERTS)),
                        VerificationStatus.CORROBORATED, List.of("Russia", "Ukraine")),
                Arguments.of("snapshots from before parties: the folded affiliation stands in", List.of(
                        s("Government of Ukraine", "Ukraine", C, ASSERTS), s("Zelensky", " ukraine", C, ASSERTS)),
                        VerificationStatus.SINGLE_PARTY, List.of("Ukraine")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("independenceTable")
    void independenceIsDecidedOnRootParties(String rule, List<EvidenceStance> stances, VerificationStatus expected,
            List<String> assertingParties) {
        StatusOutcome outcome = StatusEngine.evaluate(stances, List.of());
        assertEquals(expected, outcome.status(), rule);
        assertEquals(assertingParties, outcome.asserting().stream().map(Party::party).toList(), rule);
        int n = assertingParties.size();
        assertTrue(outcome.explanation().startsWith("Asserted by " + n + (n == 1 ? " party: " : " independent parties: ")
                + assertingParties.get(0) + " ("), outcome.explanation());
    }

    /** An attribution: a fact-checker attests the source's position, nobody has its verbatim words. */
    static EvidenceStance a(String source, String affiliation, Reliability reliability, StanceType type) {
        return new EvidenceStance(UUID.nameUUIDFromBytes(source.getBytes()), source, affiliation, reliability, type, true);
    }

    /** A verdict recorded at T0 + recordedMinutes but published at T0 + publishedMinutes (an imported review). */
    static VerdictRecord published(Rating rating, int recordedMinutes, int publishedMinutes, int seq) {
        return new VerdictRecord(UUID.randomUUID(), rating, "Reviewer " + seq, T0.plusSeconds(60L * recordedMinutes), seq,
                T0.plusSeconds(60L * publishedMinutes), null);
    }

    static VerdictRecord v(Rating rating, int minutes, int seq) {
        return new VerdictRecord(UUID.randomUUID(), rating, "Reviewer " + seq, T0.plusSeconds(60L * minutes), seq);
    }

    static Stream<Arguments> rulesTable() {
        return Stream.of(
                // one row per line of the rules table, plus the independence and "never counts" rules
                Arguments.of("nothing on record", List.of(), List.of(), VerificationStatus.UNSOURCED, 6),
                Arguments.of("only REPORTS and QUESTIONS", List.of(
                        s("Reuters", "", A, REPORTS), s("Analyst", "", B, QUESTIONS)), List.of(),
                        VerificationStatus.UNSOURCED, 6),
                Arguments.of("one party asserts", List.of(s("Kyiv", "Ukraine", C, ASSERTS)), List.of(),
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("one reliable party asserts", List.of(s("Kyiv", "Ukraine", B, ASSERTS)), List.of(),
                        VerificationStatus.SINGLE_PARTY, 3),
                Arguments.of("same affiliation = one party", List.of(
                        s("Government of Ukraine", "Ukraine", C, ASSERTS), s("Zelensky", "Ukraine", C, ASSERTS)),
                        List.of(), VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("affiliation compared case- and whitespace-insensitively", List.of(
                        s("Government of Ukraine", "Ukraine", C, ASSERTS), s("Zelensky", "  uKRAINE ", C, ASSERTS)),
                        List.of(), VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("inner whitespace folded", List.of(
                        s("State Department", "United States", C, ASSERTS), s("NSC", "united   states", C, ASSERTS)),
                        List.of(), VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("independent sources (no affiliation) are their own parties", List.of(
                        s("Bellingcat", "", B, ASSERTS), s("Maxar", null, B, ASSERTS)), List.of(),
                        VerificationStatus.CORROBORATED, 1),
                Arguments.of("the same independent source twice is one party", List.of(
                        s("Bellingcat", "", B, ASSERTS), s("Bellingcat", " ", B, ASSERTS)), List.of(),
                        VerificationStatus.SINGLE_PARTY, 3),
                Arguments.of("two affiliations assert", List.of(
                        s("Government of Ukraine", "Ukraine", C, ASSERTS), s("Western countries", "West", C, ASSERTS)),
                        List.of(), VerificationStatus.CORROBORATED, 2),
                Arguments.of("REPORTS never corroborates", List.of(
                        s("Government of Ukraine", "Ukraine", C, ASSERTS), s("Al Jazeera", "", A, REPORTS)),
                        List.of(), VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("QUESTIONS does not dispute", List.of(
                        s("Government of Ukraine", "Ukraine", C, ASSERTS), s("Analyst", "", A, QUESTIONS)),
                        List.of(), VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("asserted and denied", List.of(
                        s("Government of Ukraine", "Ukraine", C, ASSERTS), s("Western countries", "West", C, ASSERTS),
                        s("Government of Russia", "Russia", C, DENIES)), List.of(), VerificationStatus.DISPUTED, 4),
                Arguments.of("denied within the same party still disputes", List.of(
                        s("Kremlin", "Russia", C, ASSERTS), s("Zakharova", "Russia", C, DENIES)), List.of(),
                        VerificationStatus.DISPUTED, 4),
                Arguments.of("denied only", List.of(s("Government of Russia", "Russia", C, DENIES)), List.of(),
                        VerificationStatus.DENIED, 4),
                Arguments.of("denied only, by a reliable party", List.of(s("OSCE", "", A, DENIES)), List.of(),
                        VerificationStatus.DENIED, 5),
                Arguments.of("denied, and merely reported", List.of(
                        s("Government of Russia", "Russia", C, DENIES), s("Al Jazeera", "", B, REPORTS)), List.of(),
                        VerificationStatus.DENIED, 4),
                // verdict rows: the latest verdict overrides the evidence
                Arguments.of("TRUE verdict", List.of(s("Kyiv", "Ukraine", C, DENIES)), List.of(v(Rating.TRUE, 1, 1)),
                        VerificationStatus.VERIFIED, 1),
                Arguments.of("MOSTLY_TRUE verdict", List.of(), List.of(v(Rating.MOSTLY_TRUE, 1, 1)),
                        VerificationStatus.VERIFIED, 2),
                Arguments.of("MIXED verdict", List.of(), List.of(v(Rating.MIXED, 1, 1)),
                        VerificationStatus.MISLEADING, 3),
                Arguments.of("MOSTLY_FALSE verdict", List.of(), List.of(v(Rating.MOSTLY_FALSE, 1, 1)),
                        VerificationStatus.FALSE, 4),
                Arguments.of("FALSE verdict", List.of(s("Kyiv", "Ukraine", A, ASSERTS), s("West", "West", A, ASSERTS)),
                        List.of(v(Rating.FALSE, 1, 1)), VerificationStatus.FALSE, 5),
                Arguments.of("UNVERIFIABLE verdict", List.of(), List.of(v(Rating.UNVERIFIABLE, 1, 1)),
                        VerificationStatus.UNVERIFIABLE, 6),
                Arguments.of("latest verdict wins, whatever the input order", List.of(),
                        List.of(v(Rating.FALSE, 10, 2), v(Rating.TRUE, 5, 1)), VerificationStatus.FALSE, 5),
                Arguments.of("latest verdict wins over an earlier one", List.of(),
                        List.of(v(Rating.FALSE, 5, 1), v(Rating.MIXED, 10, 2)), VerificationStatus.MISLEADING, 3),
                Arguments.of("equal times: the later-recorded verdict wins", List.of(),
                        List.of(v(Rating.UNVERIFIABLE, 5, 2), v(Rating.TRUE, 5, 1)), VerificationStatus.UNVERIFIABLE, 6),
                // the latest verdict is the latest published: an old review imported today does not override a newer one
                Arguments.of("latest published wins over latest recorded", List.of(),
                        List.of(published(Rating.TRUE, 1, 1, 1), published(Rating.FALSE, 100, -1000, 2)),
                        VerificationStatus.VERIFIED, 1),
                // attribution rows: an attribution counts for the status like a stance of its type...
                Arguments.of("an attributed assertion is a party", List.of(a("Senator X", "", F, ASSERTS)), List.of(),
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("an attributed denial disputes", List.of(
                        s("Kyiv", "Ukraine", C, ASSERTS), a("Moscow", "Russia", C, DENIES)), List.of(),
                        VerificationStatus.DISPUTED, 4),
                Arguments.of("attributed assertions by two parties corroborate", List.of(
                        a("Kyiv", "Ukraine", C, ASSERTS), a("London", "United Kingdom", C, ASSERTS)), List.of(),
                        VerificationStatus.CORROBORATED, 2),
                // ...but its source's reliability counts at most C: nobody can check the words
                Arguments.of("a reliable source only attributed is not reliable", List.of(a("Kyiv", "Ukraine", A, ASSERTS)),
                        List.of(), VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("reliable sources only attributed corroborate as fair ones", List.of(
                        a("Kyiv", "Ukraine", A, ASSERTS), a("London", "United Kingdom", B, ASSERTS)), List.of(),
                        VerificationStatus.CORROBORATED, 2),
                Arguments.of("a reliable denial only attributed is doubtful, not improbable", List.of(
                        a("OSCE", "", A, DENIES)), List.of(), VerificationStatus.DENIED, 4),
                Arguments.of("the source's own words restore its reliability", List.of(
                        a("Kyiv", "Ukraine", A, ASSERTS), s("Kyiv", "Ukraine", A, ASSERTS)), List.of(),
                        VerificationStatus.SINGLE_PARTY, 3),
                Arguments.of("attribution never lowers a source already below C", List.of(
                        a("Kyiv", "Ukraine", D, ASSERTS), a("London", "United Kingdom", D, ASSERTS)), List.of(),
                        VerificationStatus.CORROBORATED, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesTable")
    void appliesTheRulesTable(String rule, List<EvidenceStance> stances, List<VerdictRecord> verdicts,
            VerificationStatus expected, int expectedCredibility) {
        StatusOutcome outcome = StatusEngine.evaluate(stances, verdicts);
        assertEquals(expected, outcome.status(), rule);
        assertEquals(expectedCredibility, outcome.credibility(), rule + ": credibility");
        assertEquals(StatusEngine.RULES_VERSION, outcome.rulesVersion());
        assertTrue(outcome.explanation().contains(outcome.evidenceStatus().name()), outcome.explanation());
    }

    /** A stance stated {@code stated} minutes after T0, retracted {@code retracted} minutes after T0 (null = never). */
    static TimedStance t(String source, String affiliation, StanceType type, int stated, Integer retracted) {
        Instant at = T0.plusSeconds(60L * stated);
        return new TimedStance(UUID.randomUUID(), s(source, affiliation, C, type), at, at,
                retracted == null ? null : T0.plusSeconds(60L * retracted));
    }

    /** A verdict given {@code given} minutes after T0, withdrawn {@code withdrawn} minutes after T0 (null = never). */
    static VerdictRecord w(Rating rating, int given, int seq, Integer withdrawn) {
        Instant givenAt = T0.plusSeconds(60L * given);
        return new VerdictRecord(UUID.randomUUID(), rating, "Reviewer " + seq, givenAt, seq, givenAt,
                withdrawn == null ? null : T0.plusSeconds(60L * withdrawn));
    }

    /** An attribution stated {@code stated} minutes after T0 by a reliable (A) source, never retracted. */
    static TimedStance ta(String source, String affiliation, StanceType type, int stated) {
        Instant at = T0.plusSeconds(60L * stated);
        return new TimedStance(UUID.randomUUID(), a(source, affiliation, A, type), at, at, null);
    }

    /** A stance in the source's own words by a reliable (A) source, never retracted. */
    static TimedStance tq(String source, String affiliation, StanceType type, int stated) {
        Instant at = T0.plusSeconds(60L * stated);
        return new TimedStance(UUID.randomUUID(), s(source, affiliation, A, type), at, at, null);
    }

    static Instant min(Integer minutes) {
        return minutes == null ? null : T0.plusSeconds(60L * minutes);
    }

    static Stream<Arguments> timeTable() {
        // the instant asked is minutes after T0; null = the whole record (the stored status)
        return Stream.of(
                Arguments.of("reversal: only the source's latest position counts", List.of(
                        t("Moscow", "Russia", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 10, null)), List.of(), null,
                        VerificationStatus.DENIED, 4),
                Arguments.of("reversal, asked before it: the earlier position counts", List.of(
                        t("Moscow", "Russia", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 10, null)), List.of(), 5,
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("reversal, whatever the input order", List.of(
                        t("Moscow", "Russia", DENIES, 10, null), t("Moscow", "Russia", ASSERTS, 0, null)), List.of(), 20,
                        VerificationStatus.DENIED, 4),
                Arguments.of("a denial turned into an assertion no longer disputes", List.of(
                        t("Kyiv", "Ukraine", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 0, null),
                        t("Moscow", "Russia", ASSERTS, 10, null)), List.of(), null, VerificationStatus.CORROBORATED, 2),
                Arguments.of("a later QUESTIONS replaces an assertion", List.of(
                        t("Kyiv", "Ukraine", ASSERTS, 0, null), t("Kyiv", "Ukraine", QUESTIONS, 10, null)), List.of(), null,
                        VerificationStatus.UNSOURCED, 6),
                Arguments.of("a later REPORTS is no position: the assertion stands", List.of(
                        t("Outlet", "", ASSERTS, 0, null), t("Outlet", "", REPORTS, 10, null)), List.of(), null,
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("another source of the same party keeps its own position", List.of(
                        t("Kremlin", "Russia", ASSERTS, 0, null), t("Zakharova", "Russia", DENIES, 10, null)), List.of(),
                        null, VerificationStatus.DISPUTED, 4),
                Arguments.of("retraction, asked after it: the stance no longer counts", List.of(
                        t("Kyiv", "Ukraine", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 5, 20)), List.of(), 30,
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("retraction, asked before it: the stance still counts", List.of(
                        t("Kyiv", "Ukraine", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 5, 20)), List.of(), 10,
                        VerificationStatus.DISPUTED, 4),
                Arguments.of("retraction, at its very instant: no longer counts", List.of(
                        t("Kyiv", "Ukraine", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 5, 20)), List.of(), 20,
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("retraction on the whole record", List.of(
                        t("Kyiv", "Ukraine", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 5, 20)), List.of(), null,
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("retracting the latest stance leaves the source's earlier one standing", List.of(
                        t("Moscow", "Russia", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 10, 20)), List.of(), 30,
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("before that retraction the later denial is the position", List.of(
                        t("Moscow", "Russia", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 10, 20)), List.of(), 15,
                        VerificationStatus.DENIED, 4),
                Arguments.of("statedAt after the instant asked does not count", List.of(
                        t("Kyiv", "Ukraine", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 60, null)), List.of(), 30,
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("withdrawn verdict, asked before the withdrawal: it decides",
                        List.of(t("Kyiv", "Ukraine", ASSERTS, 0, null)), List.of(w(Rating.FALSE, 10, 1, 20)), 15,
                        VerificationStatus.FALSE, 5),
                Arguments.of("withdrawn verdict, asked after the withdrawal: the evidence decides",
                        List.of(t("Kyiv", "Ukraine", ASSERTS, 0, null)), List.of(w(Rating.FALSE, 10, 1, 20)), 30,
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("withdrawn verdict on the whole record",
                        List.of(t("Kyiv", "Ukraine", ASSERTS, 0, null)), List.of(w(Rating.FALSE, 10, 1, 20)), null,
                        VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("withdrawing the latest verdict: the latest non-withdrawn one decides", List.of(),
                        List.of(w(Rating.TRUE, 5, 1, null), w(Rating.FALSE, 10, 2, 20)), 30, VerificationStatus.VERIFIED, 1),
                // attributions are positions like any stance of their type; own words of that type restore reliability
                Arguments.of("a later attribution is the source's position", List.of(
                        tq("Moscow", "Russia", ASSERTS, 0), ta("Moscow", "Russia", DENIES, 10)), List.of(), null,
                        VerificationStatus.DENIED, 4),
                Arguments.of("an attributed denial replaced by the source's own assertion", List.of(
                        ta("Moscow", "Russia", DENIES, 0), tq("Moscow", "Russia", ASSERTS, 10)), List.of(), null,
                        VerificationStatus.SINGLE_PARTY, 3),
                Arguments.of("own words of the same position, then an attribution: not capped", List.of(
                        tq("Kyiv", "Ukraine", ASSERTS, 0), ta("Kyiv", "Ukraine", ASSERTS, 10)), List.of(), null,
                        VerificationStatus.SINGLE_PARTY, 3),
                Arguments.of("own words of an abandoned position do not restore an attributed one", List.of(
                        tq("Kyiv", "Ukraine", ASSERTS, 0), tq("Kyiv", "Ukraine", DENIES, 5),
                        ta("Kyiv", "Ukraine", ASSERTS, 10)), List.of(), null, VerificationStatus.SINGLE_PARTY, 4),
                Arguments.of("an imported review counts from when it was published, not when recorded",
                        List.of(t("Kyiv", "Ukraine", ASSERTS, 0, null)), List.of(published(Rating.FALSE, 60, 10, 1)), 30,
                        VerificationStatus.FALSE, 5),
                Arguments.of("the latest published standing verdict decides, whatever the recording order", List.of(),
                        List.of(published(Rating.TRUE, 100, 20, 2), published(Rating.FALSE, 1, 1, 1),
                                w(Rating.MIXED, 25, 3, 26)), 30, VerificationStatus.VERIFIED, 1),
                Arguments.of("a verdict given after the instant asked does not count",
                        List.of(t("Kyiv", "Ukraine", ASSERTS, 0, null)), List.of(w(Rating.TRUE, 40, 1, null)), 30,
                        VerificationStatus.SINGLE_PARTY, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeTable")
    void appliesPositionsRetractionsAndWithdrawalsAtTheInstantAsked(String rule, List<TimedStance> stances,
            List<VerdictRecord> verdicts, Integer at, VerificationStatus expected, int expectedCredibility) {
        StatusOutcome outcome = StatusEngine.evaluate(stances, verdicts, min(at));
        assertEquals(expected, outcome.status(), rule);
        assertEquals(expectedCredibility, outcome.credibility(), rule + ": credibility");
    }

    @Test
    void twoStancesOfOneSourceStatedAtOneInstant_theLaterRecordedIsItsPosition() {
        EvidenceStance asserts = s("Moscow", "Russia", C, ASSERTS);
        EvidenceStance denies = s("Moscow", "Russia", C, DENIES);
        TimedStance first = new TimedStance(UUID.randomUUID(), denies, T0, T0.plusSeconds(1), null);
        TimedStance second = new TimedStance(UUID.randomUUID(), asserts, T0, T0.plusSeconds(2), null);
        assertEquals(VerificationStatus.SINGLE_PARTY, StatusEngine.evaluate(List.of(second, first), List.of(), null).status());
    }

    @Test
    void theExplanationSaysWhatNoLongerCounts() {
        StatusOutcome outcome = StatusEngine.evaluate(List.of(
                t("Moscow", "Russia", ASSERTS, 0, null), t("Moscow", "Russia", DENIES, 10, null),
                t("Kyiv", "Ukraine", QUESTIONS, 0, 5)), List.of(w(Rating.TRUE, 1, 1, 2)), null);
        assertTrue(outcome.explanation().contains("1 earlier stance does not count: its source took a later position."),
                outcome.explanation());
        assertTrue(outcome.explanation().contains("1 retracted stance does not count."), outcome.explanation());
        assertTrue(outcome.explanation().contains("1 withdrawn verdict does not count."), outcome.explanation());
        assertNull(outcome.verdict());
    }

    static Stream<Arguments> credibilityLadder() {
        // each row must be at least as credible (lower or equal number) as the next, strictly where marked
        return Stream.of(
                Arguments.of(List.of(s("Kyiv", "Ukraine", A, ASSERTS), s("London", "United Kingdom", B, ASSERTS)),
                        List.of(s("Kyiv", "Ukraine", C, ASSERTS), s("London", "United Kingdom", C, ASSERTS))),
                Arguments.of(List.of(s("Kyiv", "Ukraine", C, ASSERTS), s("London", "United Kingdom", C, ASSERTS)),
                        List.of(s("Kyiv", "Ukraine", F, ASSERTS), s("London", "United Kingdom", F, ASSERTS))),
                Arguments.of(List.of(s("Kyiv", "Ukraine", B, ASSERTS), s("London", "United Kingdom", B, ASSERTS)),
                        List.of(s("Kyiv", "Ukraine", B, ASSERTS))),
                Arguments.of(List.of(s("Kyiv", "Ukraine", F, ASSERTS), s("London", "United Kingdom", F, ASSERTS)),
                        List.of(s("Kyiv", "Ukraine", F, ASSERTS))),
                Arguments.of(List.of(s("Kyiv", "Ukraine", A, ASSERTS)), List.of(s("Kyiv", "Ukraine", D, ASSERTS))),
                Arguments.of(List.of(s("Kyiv", "Ukraine", F, ASSERTS)), List.of()),
                Arguments.of(List.of(s("Kyiv", "Ukraine", A, ASSERTS), s("Moscow", "Russia", A, DENIES)), List.of()));
    }

    @ParameterizedTest
    @MethodSource("credibilityLadder")
    void moreIndependentAndMoreReliableEvidenceIsMoreCredible(List<EvidenceStance> stronger,
            List<EvidenceStance> weaker) {
        int a = StatusEngine.evaluate(stronger, List.of()).credibility();
        int b = StatusEngine.evaluate(weaker, List.of()).credibility();
        assertTrue(a < b, "expected " + a + " (" + stronger + ") to be more credible than " + b + " (" + weaker + ")");
    }

    @Test
    void evidenceListsEveryPartyWithItsSourcesAndQuestionsOnlyThere() {
        List<EvidenceStance> stances = new ArrayList<>(List.of(
                s("Government of Ukraine", "Ukraine", C, ASSERTS),
                s("Zelensky", " ukraine", B, ASSERTS),
                s("Western countries", "West", C, ASSERTS),
                s("Government of Russia", "Russia", C, DENIES),
                s("Analyst", "", C, QUESTIONS),
                s("Al Jazeera", "", B, REPORTS)));
        StatusOutcome outcome = StatusEngine.evaluate(stances, List.of());

        assertEquals(List.of("Ukraine", "West"), outcome.asserting().stream().map(Party::party).toList());
        assertEquals(List.of("Government of Ukraine", "Zelensky"),
                outcome.asserting().get(0).sources().stream().map(Party.PartySource::name).toList());
        assertEquals(B, outcome.asserting().get(0).bestReliability());
        assertEquals(List.of("Russia"), outcome.denying().stream().map(Party::party).toList());
        assertEquals(List.of("Analyst"), outcome.questioning().stream().map(Party::party).toList());
        assertEquals(List.of("Al Jazeera"), outcome.reporting().stream().map(Party::party).toList());
        assertEquals(VerificationStatus.DISPUTED, outcome.status());
        assertNull(outcome.verdict());
        assertTrue(outcome.explanation().startsWith("Asserted by 2 independent parties: Ukraine"), outcome.explanation());
        assertTrue(outcome.explanation().contains("denied by 1 party: Russia"), outcome.explanation());
        assertTrue(outcome.explanation().contains("relaying a claim never corroborates it"), outcome.explanation());
        assertTrue(outcome.explanation().contains("Ukraine (Government of Ukraine, reliability C; Zelensky, reliability B)"),
                outcome.explanation());
        assertTrue(outcome.explanation().contains("Al Jazeera (reliability B)"), outcome.explanation());
    }

    @Test
    void anAttributionIsNamedInTheExplanation() {
        StatusOutcome outcome = StatusEngine.evaluate(List.of(a("Senator X", "", A, ASSERTS)), List.of());
        assertTrue(outcome.explanation().contains("Senator X (reliability A, by attribution only: counted as at most C)"),
                outcome.explanation());
        assertEquals(A, outcome.asserting().get(0).sources().get(0).reliability());
        assertEquals(C, outcome.asserting().get(0).bestReliability());
    }

    @Test
    void theLatestVerdictIsReportedAndExplained() {
        VerdictRecord older = v(Rating.TRUE, 1, 1);
        VerdictRecord newer = v(Rating.MOSTLY_FALSE, 2, 2);
        StatusOutcome outcome = StatusEngine.evaluate(List.of(s("Kyiv", "Ukraine", C, ASSERTS)), List.of(newer, older));
        assertEquals(newer, outcome.verdict());
        assertEquals(VerificationStatus.SINGLE_PARTY, outcome.evidenceStatus());
        assertTrue(outcome.explanation().contains("latest verdict, MOSTLY_FALSE by Reviewer 2"), outcome.explanation());
    }
}
