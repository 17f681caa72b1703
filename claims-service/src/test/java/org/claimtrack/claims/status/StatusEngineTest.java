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

    /** An attribution: a fact-checker attests the source's position, nobody has its verbatim words. */
    static EvidenceStance a(String source, String affiliation, Reliability reliability, StanceType type) {
        return new EvidenceStance(UUID.nameUUIDFromBytes(source.getBytes()), source, affiliation, reliability, type, true);
    }

    /** A verdict recorded at T0 + recordedMinutes but published at T0 + publishedMinutes (an imported review). */
    static VerdictRecord published(Rating rating, int recordedMinutes, int publishedMinutes, int seq) {
        return new VerdictRecord(UUID.randomUUID(), rating, "Reviewer " + seq, T0.plusSeconds(60L * recordedMinutes), seq,
                T0.plusSeconds(60L * publishedMinutes));
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
