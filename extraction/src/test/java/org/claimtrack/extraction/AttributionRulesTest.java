package org.claimtrack.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One nested class per attribution rule: what it proposes, and sentences that look alike but must not make it fire.
 * Texts are invented news sentences, none from the seed article. Every extraction is also checked for verbatim
 * quotes (exact = the text at its offsets, prefix and suffix around it).
 */
class AttributionRulesTest {

    static final Instant PUBLISHED = Instant.parse("2022-02-10T15:00:00Z");
    static final Speaker PUBLISHER = new Speaker("Daily Example", "publisher-id", "Daily Example", "MEDIA_OUTLET", null);

    static final Registry REGISTRY = new InMemoryRegistry()
            .party("p-ru", "Russia", List.of("Russian Federation", "Moscow", "the Kremlin"))
            .party("p-ua", "Ukraine", List.of("Kiev", "Kyiv"))
            .party("p-us", "United States", List.of("United States of America", "USA", "Washington"))
            .party("p-uk", "United Kingdom", List.of("UK", "Britain", "London"))
            .party("p-by", "Belarus", List.of("Minsk"))
            .source("s-ru", "Government of Russia", "GOVERNMENT", "Russia", false)
            .source("s-rumfa", "Russian Foreign Ministry", "GOVERNMENT", "Russia", true)
            .source("s-ua", "Government of Ukraine", "GOVERNMENT", "Ukraine", false)
            .source("s-wh", "White House", "GOVERNMENT", "United States", false)
            .source("s-zak", "Maria Zakharova", "PERSON", "Russia", true);

    static List<Proposal> extract(String text) {
        List<Proposal> proposals = new Extractor(REGISTRY).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
        for (Proposal proposal : proposals) {
            for (ProposedStance stance : proposal.stances()) {
                Quote quote = stance.quote();
                assertEquals(text.substring(quote.start(), quote.end()), quote.exact(), "quote is the text at its offsets");
                assertTrue(text.contains(quote.prefix() + quote.exact() + quote.suffix()), "selector locates the quote");
                assertTrue(stance.confidence() > 0 && stance.confidence() <= 1, "confidence in (0, 1]");
                assertTrue(!stance.reason().isBlank(), "a reason is given");
            }
        }
        return proposals;
    }

    /** The one stance of a position, failing when there is not exactly one. */
    static ProposedStance only(List<Proposal> proposals, Position position) {
        List<ProposedStance> found = proposals.stream().flatMap(p -> p.stances().stream())
                .filter(s -> s.position() == position).toList();
        assertEquals(1, found.size(), () -> "one " + position + " in " + proposals);
        return found.get(0);
    }

    /** Who speaks first on each proposal, in order. */
    static List<Speaker> firstSpeakers(List<Proposal> proposals) {
        return proposals.stream().map(p -> p.stances().get(0).speaker()).toList();
    }

    /** The claim texts a text proposes, in order. */
    static List<String> claimsOf(String text) {
        return extract(text).stream().map(Proposal::claimText).toList();
    }

    /** The one stance of a position, checked to be the named speaker's on the claim given. */
    static ProposedStance onlyBy(List<Proposal> proposals, Position position, String speakerName, String claimText) {
        ProposedStance stance = only(proposals, position);
        assertEquals(speakerName, stance.speaker().name());
        assertEquals(claimText, claimOf(proposals, stance).claimText());
        return stance;
    }

    /** The one denial of a text that proposes exactly one claim. */
    static ProposedStance theOneDenial(List<Proposal> proposals) {
        assertEquals(1, proposals.size(), proposals::toString);
        return only(proposals, Position.DENIES);
    }

    static Proposal claimOf(List<Proposal> proposals, ProposedStance stance) {
        return proposals.stream().filter(p -> p.stances().contains(stance)).findFirst().orElseThrow();
    }

    static Optional<ProposedStance> by(List<Proposal> proposals, String speakerName, Position position) {
        return proposals.stream().flatMap(p -> p.stances().stream())
                .filter(s -> s.position() == position && s.speaker().name().equals(speakerName)).findFirst();
    }

    static long count(List<Proposal> proposals, Position position) {
        return proposals.stream().flatMap(p -> p.stances().stream()).filter(s -> s.position() == position).count();
    }

    @Nested
    class SaidThat {
        @Test
        void aCircumstanceBetweenSpeakerAndVerbAnOfficesOwnOfAndAColonDateline() {
            for (String text : List.of("Union Minister Ravi Shankar Prasad, at a press conference called hours after the "
                    + "vote, said the opposition had lost 40 seats in Geneva.",
                    "Minister of Defence Ravi Shankar Prasad said that the opposition had lost 40 seats in Geneva.",
                    "New Delhi, Sept 15 (ANI): Ravi Shankar Prasad said that the opposition had lost 40 seats in Geneva.")) {
                List<Proposal> proposals = extract(text);
                ProposedStance stance = only(proposals, Position.ASSERTS);
                assertEquals("Ravi Shankar Prasad", stance.speaker().name(), text);
                assertEquals("PERSON", stance.speaker().kind(), text);
                assertEquals("The opposition had lost 40 seats in Geneva.", claimOf(proposals, stance).claimText(), text);
            }
        }

        @Test
        void titledSpeakerIsAPersonOfTheDemonymsParty() {
            String text = "Kremlin spokesperson Dmitry Peskov said that Russian troops would stay in Belarus until March.";
            List<Proposal> proposals = extract(text);
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Russian troops would stay in Belarus until March.", claimOf(proposals, stance).claimText());
            assertEquals(new Speaker("Kremlin spokesperson Dmitry Peskov", null, "Dmitry Peskov", "PERSON", "Russia"),
                    stance.speaker());
            assertEquals("Russian troops would stay in Belarus until March", stance.quote().exact());
            assertEquals(PUBLISHED, stance.statedAt());
            assertTrue(stance.reason().contains("said"), stance.reason());
        }

        @Test
        void placeNameSpeaksForItsGovernmentThroughTheRegistryAliases() {
            List<Proposal> proposals = extract("Moscow said on Thursday it would seek guarantees from Washington in "
                    + "Geneva.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-ru", stance.speaker().sourceId());
            assertEquals("Russia would seek guarantees from Washington in Geneva.",
                    claimOf(proposals, stance).claimText());
        }

        @Test
        void circumstanceBeforeThatAndYesterdayMovesTheDate() {
            List<Proposal> proposals = extract(
                    "The White House said in a statement yesterday, Wednesday, that Biden will call Putin on Thursday.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-wh", stance.speaker().sourceId());
            assertEquals("Biden will call Putin on Thursday.", claimOf(proposals, stance).claimText());
            assertEquals(PUBLISHED.minus(Duration.ofDays(1)), stance.statedAt());
        }

        @Test
        void surnameAndPronounResolveToTheFullNameGivenEarlier() {
            List<Proposal> proposals = extract("Foreign Ministry spokeswoman Maria Zakharova spoke in Moscow. "
                    + "Zakharova said that talks with NATO would open in Brussels on January 12. "
                    + "She added that the OSCE would meet in Vienna a day later.");
            assertEquals(List.of("Talks with NATO would open in Brussels on January 12.",
                    "The OSCE would meet in Vienna a day later."), proposals.stream()
                    .filter(p -> "s-zak".equals(p.stances().get(0).speaker().sourceId()))
                    .map(Proposal::claimText).toList());
        }

        @Test
        void clausesJoinedByCommaAndAreTwoClaims() {
            List<Proposal> proposals = extract("Zakharova said that a meeting will be held on January 12 in Brussels, "
                    + "and consultations with the OSCE will take place the next day.");
            assertEquals(List.of("A meeting will be held on January 12 in Brussels.",
                    "Consultations with the OSCE will take place the next day."),
                    proposals.stream().map(Proposal::claimText).toList());
        }

        @Test
        void coordinatedSpeakersEachTakeTheStance() {
            List<Proposal> proposals = extract("Kyiv and London said that Russian troops had moved closer to Kharkiv.");
            assertEquals(List.of("Ukraine", "United Kingdom"),
                    proposals.get(0).stances().stream().map(s -> s.speaker().party()).toList());
        }

        @Test
        void complementWithoutThatStartingWithAName() {
            List<Proposal> proposals = extract("The Kremlin said Russia posed no threat to Ukraine.");
            assertEquals("Russia posed no threat to Ukraine.",
                    claimOf(proposals, only(proposals, Position.ASSERTS)).claimText());
            assertTrue(extract("Moscow said Friday was a holiday.").stream().flatMap(p -> p.stances().stream())
                    .noneMatch(s -> s.reason().contains("X said")), "a time word is not a subject");
        }

        @Test
        void aClosingCitingClauseIsNotPartOfTheClaim() {
            List<Proposal> proposals = extract("The White House said Russia could invade Ukraine at any time, citing "
                    + "intelligence reports.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Russia could invade Ukraine at any time.", claimOf(proposals, stance).claimText());
        }

        @Test
        void aQuotationInsideTheClaimKeepsItsClosingMark() {
            List<Proposal> proposals = extract("Maria Zakharova said that the Geneva talks had been \"constructive\", and "
                    + "that a new round would follow.");
            assertEquals("The Geneva talks had been \"constructive\".", proposals.get(0).claimText());
            assertEquals("the Geneva talks had been \"constructive\"",
                    proposals.get(0).stances().get(0).quote().exact());
        }

        @Test
        void aComplementMayStartWithAPossessiveOrAQuantity() {
            List<Proposal> proposals = extract("Russia's defence ministry said its troops had returned to their "
                    + "bases.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Russia", stance.speaker().party());
            assertEquals("Russia's troops had returned to their bases.", claimOf(proposals, stance).claimText());
            assertEquals("its troops had returned to their bases", stance.quote().exact());

            proposals = extract("Officials in Kyiv said at least 20 civilians were killed in the shelling of Kharkiv.");
            stance = only(proposals, Position.ASSERTS);
            assertEquals("s-ua", stance.speaker().sourceId());
            assertEquals("At least 20 civilians were killed in the shelling of Kharkiv.",
                    claimOf(proposals, stance).claimText());

            // "over" starts a quantity only before a number
            proposals = extract("Officials in Kyiv said over the weekend that Russia was unlikely to invade.");
            assertEquals("Russia was unlikely to invade.",
                    claimOf(proposals, only(proposals, Position.ASSERTS)).claimText());
            proposals = extract("Officials in Kyiv said over 300 soldiers had crossed the border.");
            assertEquals("Over 300 soldiers had crossed the border.",
                    claimOf(proposals, only(proposals, Position.ASSERTS)).claimText());
        }

        @Test
        void aNameWithItsDescriptionBetweenCommasSpeaks() {
            List<Proposal> proposals = extract("Maria Zakharova, the Russian foreign ministry spokeswoman, said Russian troops "
                    + "would leave Belarus in March.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-zak", stance.speaker().sourceId());
            assertEquals("Russian troops would leave Belarus in March.", claimOf(proposals, stance).claimText());
        }

        @Test
        void claimsToHaveIsTheSpeakersOwnClaim() {
            List<Proposal> proposals = extract("Ukraine claims to have shot down 30 Russian aircraft.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-ua", stance.speaker().sourceId());
            assertEquals("Ukraine has shot down 30 Russian aircraft.", claimOf(proposals, stance).claimText());
            // only "claim" takes its claim as "to have": "were told to be ready" attributes nothing to Kyiv
            assertTrue(extract("Officials in Kyiv were told to be ready for 30 more days.").stream()
                    .flatMap(p -> p.stances().stream()).allMatch(x -> x.speaker().equals(PUBLISHER)));
        }

        @Test
        void estimatesAndBeliefsAreAttributed() {
            List<Proposal> proposals = extract("Ukraine's military intelligence estimated that Russia had 175,000 "
                    + "troops near the border.");
            assertEquals("Ukraine", only(proposals, Position.ASSERTS).speaker().party());
            proposals = extract("US intelligence officials believe Russia could invade within 48 hours.");
            assertEquals("United States", only(proposals, Position.ASSERTS).speaker().party());
            assertEquals("Russia could invade within 48 hours.", proposals.get(0).claimText());
        }

        @Test
        void aVerbInsideANameIsNoVerb() {
            List<Proposal> proposals = extract("The US State Department said that the foreign ministers of the four countries "
                    + "agreed on sanctions against Russia.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("US State Department", stance.speaker().name());
            assertEquals("The foreign ministers of the four countries agreed on sanctions against Russia.",
                    claimOf(proposals, stance).claimText());
        }

        @Test
        void theDayBetweenSpeakerAndVerbIsNotTheSpeaker() {
            List<Proposal> proposals = extract("Russia on Thursday denied that its troops had entered Ukraine.");
            ProposedStance stance = only(proposals, Position.DENIES);
            assertEquals("s-ru", stance.speaker().sourceId());
            assertEquals("Russia's troops had entered Ukraine.", claimOf(proposals, stance).claimText());
            proposals = extract("Ukraine on Monday accused Russia of shelling a kindergarten in Stanytsia Luhanska.");
            assertEquals("s-ua", only(proposals, Position.ASSERTS).speaker().sourceId());
        }

        @Test
        void twoPeopleEachSpeakAndANameAfterItsDescriptionSpeaks() {
            List<Proposal> proposals = extract("Biden and Scholz said Russia would face severe sanctions if it "
                    + "invaded Ukraine.");
            assertEquals(List.of("Biden", "Scholz"),
                    proposals.get(0).stances().stream().map(x -> x.speaker().name()).toList());
            proposals = extract("Russia's ambassador to the EU, Vladimir Chizhov, said Russia had no plans to attack "
                    + "Ukraine.");
            assertEquals("Vladimir Chizhov", only(proposals, Position.ASSERTS).speaker().name());
            assertEquals("Russia had no plans to attack Ukraine.", proposals.get(0).claimText());
        }

        @Test
        void theOccasionBetweenCommasIsNotTheSpeaker() {
            List<Proposal> proposals = extract("Maria Zakharova, speaking to reporters on a conference call, said that "
                    + "7,000 troops had arrived.");
            assertEquals("s-zak", only(proposals, Position.ASSERTS).speaker().sourceId());
            assertEquals("7,000 troops had arrived.", proposals.get(0).claimText());
            // what follows "said" is the claim, never a speaker named "Decision had been made by Putin"
            proposals = extract("Peskov, speaking to reporters on a conference call, said the decision had been made by "
                    + "Putin.");
            assertEquals("Peskov", only(proposals, Position.ASSERTS).speaker().name());
            assertEquals("The decision had been made by Putin.", proposals.get(0).claimText());
        }

        @Test
        void aComplementMayStartWithAnArticleButNotAfterWhoWasTold() {
            List<Proposal> proposals = extract("Maria Zakharova said the talks in Geneva had been constructive.");
            assertEquals("The talks in Geneva had been constructive.",
                    claimOf(proposals, only(proposals, Position.ASSERTS)).claimText());
            assertTrue(extract("Maria Zakharova told the ministers Russia would not attack.").stream()
                    .flatMap(p -> p.stances().stream()).allMatch(x -> x.speaker().equals(PUBLISHER)));
        }

        @Test
        void anEnvoyToAnOrganisationSpeaksForTheirCountry() {
            List<Proposal> proposals = extract("Russia's envoy to the OSCE said Moscow would not take part in the meeting.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Russia's envoy to the OSCE", stance.speaker().name());
            assertEquals("Russia", stance.speaker().party());
        }

        @Test
        void quotedAsSayingIsTheQuotedOnesClaim() {
            List<Proposal> proposals = extract("The Kremlin quoted Maria Zakharova as saying that Russia would respond to any "
                    + "NATO expansion.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-zak", stance.speaker().sourceId());
            assertEquals("Russia would respond to any NATO expansion.", claimOf(proposals, stance).claimText());

            proposals = extract("Maria Zakharova was quoted by Interfax as saying that the talks in Geneva would last "
                    + "two days.");
            assertEquals("s-zak", only(proposals, Position.ASSERTS).speaker().sourceId());
            assertEquals("The talks in Geneva would last two days.", proposals.get(0).claimText());
        }

        @Test
        void whoWasToldAndWhoRelayedItAreNotTheClaim() {
            List<Proposal> proposals = extract("Maria Zakharova told Interfax news agency that Russia would not "
                    + "negotiate under pressure.");
            assertEquals("Russia would not negotiate under pressure.",
                    claimOf(proposals, only(proposals, Position.ASSERTS)).claimText());
            proposals = extract("Maria Zakharova said, according to Interfax, that 10,000 troops had returned to "
                    + "their bases.");
            assertEquals("10,000 troops had returned to their bases.",
                    claimOf(proposals, only(proposals, Position.ASSERTS)).claimText());
        }

        @Test
        void aSecondClauseJoinedByAndThatIsItsOwnClaim() {
            List<Proposal> proposals = extract("Maria Zakharova said on Thursday that the West was \"hysterical\", and that Russia "
                    + "had no plans to attack Ukraine.");
            assertEquals(List.of("The West was \"hysterical\".", "Russia had no plans to attack Ukraine."),
                    proposals.stream().map(Proposal::claimText).toList());
        }

        @Test
        void anExpressedBeliefIsAnAssertion() {
            List<Proposal> proposals = extract("Maria Zakharova expressed her belief that Ukraine would not join NATO "
                    + "within ten years.");
            assertEquals("Ukraine would not join NATO within ten years.",
                    claimOf(proposals, only(proposals, Position.ASSERTS)).claimText());
        }

        @Test
        void anOfficeNamedInLowerCaseWordsIsTheSpeaker() {
            List<Proposal> proposals = extract("The UN human rights office said it had confirmed 1,000 civilian "
                    + "deaths in Ukraine.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("UN human rights office", stance.speaker().name());
            assertEquals("The UN human rights office had confirmed 1,000 civilian deaths in Ukraine.",
                    claimOf(proposals, stance).claimText());
        }

        @Test
        void doubtIsAQuestion() {
            List<Proposal> proposals = extract("Britain questioned whether the Russian units had left Belarus.");
            assertEquals("United Kingdom", only(proposals, Position.QUESTIONS).speaker().party());
        }

        @Test
        void negatedOrObjectlessVerbsDoNotFire() {
            List<Proposal> negated = extract("Peskov did not say that the troops would leave Belarus.");
            assertTrue(by(negated, "Peskov", Position.ASSERTS).isEmpty(), negated.toString());
            List<Proposal> nothing = extract("He said nothing about Belarus.");
            assertTrue(nothing.stream().flatMap(p -> p.stances().stream())
                    .allMatch(s -> s.speaker().equals(PUBLISHER)), nothing.toString());
        }

        @Test
        void anAttributedClaimNeedsNoNameOfItsOwn() {
            List<Proposal> proposals = extract("Russia's defence ministry said on Monday that some units were returning "
                    + "to their bases.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Some units were returning to their bases.", claimOf(proposals, stance).claimText());
            assertEquals("Russia", stance.speaker().party());
            // nor "there was no evidence …"; but a subject that points back ("this is …") names nothing to check
            List<Proposal> there = extract("Moscow said there was no alternative to talks.");
            assertEquals("There was no alternative to talks.", claimOf(there, only(there, Position.ASSERTS)).claimText());
            assertTrue(by(extract("Moscow said this was in the interest of both countries."), "Government of Russia",
                    Position.ASSERTS).isEmpty());
        }

        @Test
        void aSubjectMayStandSeveralWordsBeforeItsVerb() {
            List<Proposal> proposals = extract("Ukraine's foreign minister said a new round of talks in Geneva would "
                    + "follow next week.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("A new round of talks in Geneva would follow next week.", claimOf(proposals, stance).claimText());
            // but not past "if": the verb there belongs to another clause
            List<Proposal> vowed = extract("Moscow vowed the West a harsh response if Russia is attacked.");
            assertTrue(by(vowed, "Government of Russia", Position.ASSERTS).isEmpty(), vowed::toString);
        }

        @Test
        void aQuantityWordOrAnAudienceMayOpenTheComplement() {
            List<Proposal> several = extract("Russia said several units had completed their exercises.");
            assertEquals("Several units had completed their exercises.",
                    claimOf(several, only(several, Position.ASSERTS)).claimText());
            List<Proposal> told = extract("Maria Zakharova told reporters the troops would leave Belarus.");
            ProposedStance stance = only(told, Position.ASSERTS);
            assertEquals("The troops would leave Belarus.", claimOf(told, stance).claimText());
            assertEquals("s-zak", stance.speaker().sourceId());
        }

        @Test
        void aBareNounSubjectAndASecondThat() {
            List<Proposal> units = extract("Russia's defence ministry said units of the Southern military district had "
                    + "completed their exercises.");
            assertEquals("Units of the Southern military district had completed their exercises.",
                    claimOf(units, only(units, Position.ASSERTS)).claimText());
            List<Proposal> biden = extract("U.S. President Joe Biden said an invasion remained \u201cdistinctly "
                    + "possible\u201d and that Russia had more than 150,000 troops near the border.");
            assertEquals(List.of("An invasion remained \u201cdistinctly possible\u201d.",
                    "Russia had more than 150,000 troops near the border."),
                    biden.stream().map(Proposal::claimText).toList());
            // "U.S." starting a sentence is no sentence of its own: the president keeps his country
            biden.forEach(p -> assertEquals(new Speaker("U.S. President Joe Biden", null, "Joe Biden", "PERSON",
                    "United States"), p.stances().get(0).speaker()));
        }

        @Test
        void reportingVerbsOfEveryDay() {
            for (String verb : List.of("tweeted", "posted on Telegram", "suggested", "assured reporters", "contended",
                    "wrote on Facebook", "reiterated")) {
                List<Proposal> proposals = extract("Maria Zakharova " + verb + " that Ukraine had shelled Donetsk.");
                ProposedStance stance = only(proposals, Position.ASSERTS);
                assertEquals("s-zak", stance.speaker().sourceId(), verb);
                assertEquals("Ukraine had shelled Donetsk.", claimOf(proposals, stance).claimText(), verb);
            }
            List<Proposal> contradicted = extract("Maria Zakharova contradicted reports that Ukraine had been shelled.");
            assertEquals("s-zak", only(contradicted, Position.DENIES).speaker().sourceId());
            List<Proposal> doubt = extract("Maria Zakharova cast doubt on claims that Ukraine had been shelled.");
            assertEquals("Ukraine had been shelled.", claimOf(doubt, only(doubt, Position.QUESTIONS)).claimText());
            // a relative clause between the speaker and the verb
            List<Proposal> who = extract("Maria Zakharova, who spoke in Moscow on Thursday, said Russia had no plans to "
                    + "invade Ukraine.");
            assertEquals("s-zak", only(who, Position.ASSERTS).speaker().sourceId());
        }

        @Test
        void initialsWithFullStopsNameTheirCountry() {
            List<Proposal> officials = extract("U.S. officials said Russia could invade Ukraine as soon as next week.");
            ProposedStance stance = only(officials, Position.ASSERTS);
            assertEquals(new Speaker("U.S. officials", null, "U.S. officials", "GROUP", "United States"), stance.speaker());
            assertEquals("Russia could invade Ukraine as soon as next week.", claimOf(officials, stance).claimText());
            // the country's short form alone is its government, and "U.S." ends no sentence
            List<Proposal> country = extract("The U.S. said Russia could invade Ukraine within days. Moscow denied it.");
            assertEquals("s-wh", only(country, Position.ASSERTS).speaker().sourceId());
            assertEquals("s-ru", only(country, Position.DENIES).speaker().sourceId());
        }

        @Test
        void aCountryNotRegisteredIsAGovernmentAndRebelsAreAGroup() {
            List<Proposal> proposals = extract("Lithuania said it had detected Russian troops near its border, a charge "
                    + "Moscow did not comment on.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals(new Speaker("Lithuania", null, "Government of Lithuania", "GOVERNMENT", "Lithuania"),
                    stance.speaker());
            // what follows about the claim (", a charge Moscow did not comment on") is no part of it
            assertEquals("Lithuania had detected Russian troops near its border.", claimOf(proposals, stance).claimText());
            List<Proposal> rebels = extract("Rebels in Donetsk said Ukrainian forces had shelled Horlivka.");
            assertEquals(new Speaker("Rebels in Donetsk", null, "Rebels in Donetsk", "GROUP", null),
                    only(rebels, Position.ASSERTS).speaker());
        }

        @Test
        void anUnnamedOfficialOfAnOrganisationSpeaksForIt() {
            List<Proposal> proposals = extract("A NATO official said that about 30,000 Russian troops were in Belarus.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals(new Speaker("NATO official", null, "NATO", "ORGANIZATION", null), stance.speaker());
            List<Proposal> company = extract("Satellite images showed new deployments near Yelnya, according to "
                    + "Maxar Technologies.");
            assertEquals("ORGANIZATION", only(company, Position.ASSERTS).speaker().kind());
        }
    }

    @Nested
    class Asked {
        @Test
        void aNegativeAnswerDeniesWhatWasAsked() {
            List<Proposal> proposals = extract("Asked whether Russian troops had crossed into Ukrainian territory, Kremlin "
                    + "aide Yuri Ushakov told reporters: \u201cNot a single soldier has crossed the border.\u201d");
            assertEquals(List.of("Russian troops had crossed into Ukrainian territory.",
                    "Not a single soldier has crossed the border."), proposals.stream().map(Proposal::claimText).toList(),
                    "the question, then the answer, in document order");
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("Russia", denial.speaker().party());
            assertEquals("Not a single soldier has crossed the border", denial.quote().exact(), "the answer is the quote");
            assertEquals("Russia", only(proposals, Position.ASSERTS).speaker().party(), "the answer is the aide's claim too");
        }

        @Test
        void anAnswerThatDeniesNothingAskedIsOnlyItsSpeakersClaim() {
            List<Proposal> proposals = extract("Asked if Moscow would send more troops to Belarus, Peskov said no "
                    + "decision had been taken on the deployment.");
            assertEquals(List.of("No decision had been taken on the deployment."),
                    proposals.stream().map(Proposal::claimText).toList(), "\"no decision\" denies no sending of troops");
            List<Proposal> yes = extract("Asked whether the talks would resume, Ryabkov said the Geneva talks would "
                    + "resume in January.");
            assertEquals(0, count(yes, Position.DENIES));
        }

        @Test
        void toldReportersThenAColonQuotes() {
            ProposedStance stance = only(extract("Kremlin aide Yuri Ushakov told reporters: \u201cThe talks in Geneva "
                    + "will continue in January.\u201d"), Position.ASSERTS);
            assertEquals("Russia", stance.speaker().party());
            assertEquals("The talks in Geneva will continue in January", stance.quote().exact());
        }
    }

    @Nested
    class Disputes {
        @Test
        void confirmedButDisputedTheOthersFigure() {
            List<Proposal> proposals = extract("The Russian Foreign Ministry said 100,000 troops were at the border. The "
                    + "Government of Ukraine confirmed that troops had moved on Saturday but disputed the ministry's "
                    + "figure.");
            onlyBy(proposals, Position.QUESTIONS, "Government of Ukraine", "100,000 troops were at the border.");
            assertEquals("Troops had moved on Saturday.", proposals.get(1).claimText(), "the doubt is no part of it");
        }

        @Test
        void aDenialAndAJudgementFindTheClaimThatNamesTheDenier() {
            List<Proposal> proposals = extract("In a post on X, President Maia Sandu wrote that the country had been the "
                    + "victim of a \u201cRussian special operation\u201d. International observers from the OSCE said in a "
                    + "preliminary statement that the election was marred by vote-buying. The Kremlin denied any "
                    + "interference. Kremlin spokesman Dmitry Peskov said Russia had nothing to do with the vote and that the "
                    + "accusations were \u201cunfounded\u201d.");
            assertEquals(List.of("The country had been the victim of a \u201cRussian special operation\u201d.",
                    "The election was marred by vote-buying.", "Russia had nothing to do with the vote."),
                    proposals.stream().map(Proposal::claimText).toList(), "the accusations are no claim of their own");
            Proposal accusation = proposals.get(0);
            assertEquals("Maia Sandu", accusation.stances().get(0).speaker().name(), "in a post: where, not who");
            assertEquals(List.of(Position.ASSERTS, Position.DENIES, Position.DENIES),
                    accusation.stances().stream().map(ProposedStance::position).toList(),
                    "the Kremlin and Peskov deny what names Russia, not the observers' finding said last");
            assertEquals("s-ru", accusation.stances().get(1).speaker().sourceId());
            assertEquals("the accusations were \u201cunfounded\u201d", accusation.stances().get(2).quote().exact());
            assertEquals("International observers from the OSCE", proposals.get(1).stances().get(0).speaker().name(),
                    "observers from an organisation, who said it in a preliminary statement");
        }

        @Test
        void allegationsQualifiedByANounAndAppealsInThePublishersVoice() {
            List<Proposal> proposals = extract("Opposition leader Tina Bokuchava said the election had been stolen. "
                    + "Prime Minister Irakli Kobakhidze rejected the fraud allegations as baseless. The European Union "
                    + "called for a swift investigation of the reported irregularities.");
            assertEquals(List.of("The election had been stolen."), proposals.stream().map(Proposal::claimText).toList(),
                    "an appeal is nothing the publisher states as fact");
            assertEquals("Irakli Kobakhidze", only(proposals, Position.DENIES).speaker().name());
        }

        @Test
        void aCompanyAndItsCritics() {
            Registry registry = new InMemoryRegistry().source("s-nv", "Norvane Energy", "ORGANIZATION", null, false)
                    .source("s-gp", "Greenpeace", "ORGANIZATION", null, false)
                    .source("s-ct", "Carbon Tracker", "ORGANIZATION", null, false);
            String text = "Norvane Energy said on Thursday that its emissions fell by 12% last year. Greenpeace said the "
                    + "figures were misleading because they left out emissions from the oil and gas the company sells. "
                    + "Critics have long accused Norvane of greenwashing, a charge the company denies. A report by "
                    + "Carbon Tracker found that Norvane had spent less than 5% of its capital on renewable energy. "
                    + "Norvane rejected the report's findings, saying they relied on outdated data. A spokesperson for "
                    + "the energy ministry declined to comment.";
            List<Proposal> proposals = new Extractor(registry).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
            assertEquals(List.of("Norvane Energy's emissions fell by 12% last year.",
                    "The figures left out emissions from the oil and gas the company sells.",
                    "Norvane has been greenwashing.",
                    "Norvane had spent less than 5% of its capital on renewable energy.",
                    "They relied on outdated data."), proposals.stream().map(Proposal::claimText).toList(),
                    "the reason is Greenpeace's claim about the figures; a silence states nothing");
            assertEquals(Position.QUESTIONS, proposals.get(0).stances().get(1).position(), "\"misleading\" doubts");
            assertEquals("s-nv", proposals.get(2).stances().get(2).speaker().sourceId(),
                    "\"the company\" is the organisation the story is about");
            assertEquals(List.of("s-ct", "s-nv"), proposals.get(3).stances().stream().map(st -> st.speaker().sourceId())
                    .toList(), "the report's findings, rejected");
            assertEquals(Position.DENIES, proposals.get(3).stances().get(1).position());
        }

        @Test
        void aNegatedRestatementDeniesTheClaimBefore() {
            Registry registry = new InMemoryRegistry().party("p-sk", "Slovakia", List.of("Bratislava"))
                    .source("s-ec", "Slovak election commission", "GOVERNMENT", "Slovakia", false)
                    .source("s-mh", "Martin Holly", "PERSON", null, false);
            String text = "Martin Holly's campaign said the recording was a fake. \u201cI have never had such a "
                    + "conversation with anyone,\u201d Holly told a news conference. The posts also claimed that the "
                    + "election commission had printed 50,000 extra ballots. The commission said no extra ballots had "
                    + "been printed.";
            List<Proposal> proposals = new Extractor(registry).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
            assertEquals(List.of("The recording was a fake.", "Martin Holly has never had such a conversation with anyone.",
                    "The election commission had printed 50,000 extra ballots.", "No extra ballots had been printed."),
                    proposals.stream().map(Proposal::claimText).toList(), "a campaign speaks; \"I have\" is the speaker's");
            assertEquals("Martin Holly's campaign", proposals.get(0).stances().get(0).speaker().name());
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("s-ec", denial.speaker().sourceId(), "\"the commission\" is the election commission on record");
            assertEquals(proposals.get(2), claimOf(proposals, denial), "no extra ballots: the printing claim denied");
            assertEquals("no extra ballots had been printed", denial.quote().exact());
            assertTrue(extract("Russia said it would hold talks in Geneva. Ukraine said no date had been agreed.").stream()
                    .allMatch(p -> p.stances().stream().noneMatch(st -> st.position() == Position.DENIES)),
                    "a negation that takes up no two words of the claim denies nothing");
        }

        @Test
        void aSanctionsStory() {
            Registry registry = new InMemoryRegistry()
                    .party("p-us", "United States", List.of("U.S.", "Washington"))
                    .source("s-tr", "United States Department of the Treasury", "GOVERNMENT", "United States", false)
                    .source("s-xa", "Xinhe Aviation Parts", "ORGANIZATION", null, false);
            String text = "WASHINGTON (Wire) - The U.S. Treasury imposed sanctions on Friday on 12 Chinese companies it "
                    + "accused of supplying Russia with engines for military drones.\n\nThe companies shipped more than "
                    + "$50 million of drone components, the Treasury said. A spokesperson for Xinhe Aviation Parts, one of "
                    + "the sanctioned firms, said the company had complied with all export laws. Russia wants talks with "
                    + "the U.S.";
            List<Proposal> proposals = new Extractor(registry).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
            assertEquals(List.of("12 Chinese companies have been supplying Russia with engines for military drones.",
                    "The companies shipped more than $50 million of drone components.",
                    "The company had complied with all export laws.", "Russia wants talks with the U.S."),
                    proposals.stream().map(Proposal::claimText).toList(),
                    "\"The U.S.\" opens no sentence of its own; \"the U.S.\" may close one");
            assertEquals(List.of("s-tr", "s-tr", "s-xa"), proposals.subList(0, 3).stream()
                    .map(p -> p.stances().get(0).speaker().sourceId()).toList(),
                    "the sentence's subject accuses the companies before \"it\"; \"the Treasury\" is the department "
                            + "on record; \"one of the sanctioned firms\" describes the company");
        }

        @Test
        void aStudyItsAuthorsAnAgencyAndAFalseClaim() {
            Registry registry = new InMemoryRegistry().party("p-us", "United States", List.of("U.S."))
                    .source("s-fda", "United States Food and Drug Administration", "GOVERNMENT", "United States", false);
            String text = "The researchers, led by Dr. Anne Kessler of Harvard Medical School, wrote that the findings did "
                    + "not prove the drug caused the condition. The U.S. Food and Drug Administration said it was "
                    + "reviewing the data. Social media influencers have falsely claimed that Velarin causes blindness in "
                    + "most users. Doctors interviewed by Wire said there was no evidence for that claim.";
            List<Proposal> proposals = new Extractor(registry).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
            assertEquals(List.of("The findings did not prove the drug caused the condition.",
                    "The United States Food and Drug Administration was reviewing the data.",
                    "Velarin causes blindness in most users."), proposals.stream().map(Proposal::claimText).toList(),
                    "the agency's \"it\" is the agency; \"no evidence for that claim\" is no claim of its own");
            assertEquals("Researchers", proposals.get(0).stances().get(0).speaker().name(), "\", led by …,\" describes them");
            List<ProposedStance> onFalse = proposals.get(2).stances();
            assertEquals("Social media influencers", onFalse.get(0).speaker().name(), "their words qualify them");
            ProposedStance doubt = only(proposals, Position.QUESTIONS);
            assertEquals("Doctors", doubt.speaker().name(), "the doctors speak, not who interviewed them");
        }

        @Test
        void aStrikeDescribedNamesAndAUnionsShare() {
            Registry registry = new InMemoryRegistry().source("s-db", "Deutsche Bahn", "ORGANIZATION", null, false)
                    .source("s-gdl", "GDL", "ORGANIZATION", null, false);
            String text = "Most long-distance trains were cancelled on Thursday, the national rail operator Deutsche Bahn "
                    + "said. The drivers' union GDL said about 80% of its members had joined the walkout. A company "
                    + "spokeswoman said it had made three offers since August.";
            List<Proposal> proposals = new Extractor(registry).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
            assertEquals(List.of("Most long-distance trains were cancelled on Thursday.",
                    "About 80% of its members had joined the walkout.",
                    "Deutsche Bahn had made three offers since August."),
                    proposals.stream().map(Proposal::claimText).toList());
            assertEquals(List.of("s-db", "s-gdl", "s-db"), proposals.stream()
                    .map(p -> p.stances().get(0).speaker().sourceId()).toList(), "a name after its description, a "
                    + "plural's possessive before a body, a company spokeswoman for the company the story is about");
        }

        @Test
        void resultsPublishedByABodyOnADayAreTheBodys() {
            Registry registry = new InMemoryRegistry().party("p-ge", "Georgia", List.of("Tbilisi"))
                    .source("s-cec", "Central Election Commission of Georgia", "GOVERNMENT", "Georgia", false);
            List<Proposal> proposals = new Extractor(registry).extract(new Article("The ruling party won Saturday's "
                    + "election with 54% of the vote, according to final results published by the Central Election "
                    + "Commission on Monday.", "en", PUBLISHED, PUBLISHER));
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-cec", stance.speaker().sourceId(), "the commission on record, found by its words");
            assertEquals("final results published by the Central Election Commission", stance.speaker().mention());
        }
    }

    @Nested
    class SaidAfter {
        @Test
        void theOneToldAndTheOccasionAreNoPartOfTheSpeaker() {
            for (String attribution : List.of("Maria Zakharova told Newsweek.", "Maria Zakharova told the BBC on Friday.",
                    "Maria Zakharova said in an interview with Russian radio stations.",
                    "Maria Zakharova said in a phone call with Blinken.")) {
                List<Proposal> proposals = extract("\u201cThere is no plan to invade Ukraine,\u201d " + attribution);
                ProposedStance stance = only(proposals, Position.ASSERTS);
                assertEquals("s-zak", stance.speaker().sourceId(), attribution);
                assertEquals("There is no plan to invade Ukraine.", claimOf(proposals, stance).claimText(), attribution);
            }
        }

        @Test
        void onConditionOfAnonymity() {
            List<Proposal> proposals = extract("Russian forces could attack Kyiv within days, a U.S. official told Reuters "
                    + "on condition of anonymity.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals(new Speaker("U.S. official", null, "U.S. official", "PERSON", "United States"), stance.speaker());
            assertEquals("Russian forces could attack Kyiv within days.", claimOf(proposals, stance).claimText());
        }

        @Test
        void aDescriptionBeforeTheNameIsNoPartOfTheClaim() {
            List<Proposal> proposals = extract("\u201cThere is no plan to invade Ukraine,\u201d Russia's ambassador to the "
                    + "United States, Anatoly Antonov, said.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Anatoly Antonov", stance.speaker().name());
            assertEquals("There is no plan to invade Ukraine.", claimOf(proposals, stance).claimText());
            assertEquals("There is no plan to invade Ukraine", stance.quote().exact());
        }

        @Test
        void trailingAttribution() {
            List<Proposal> proposals = extract("Russia has no plans to invade Ukraine, the Kremlin said on Friday.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-ru", stance.speaker().sourceId());
            assertEquals("Russia has no plans to invade Ukraine.", claimOf(proposals, stance).claimText());
            assertEquals("Russia has no plans to invade Ukraine", stance.quote().exact());
        }

        @Test
        void directQuoteWithInvertedSpeaker() {
            String text = "“Russian troops will leave Belarus in March,” said Dmitry Peskov.";
            List<Proposal> proposals = extract(text);
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Dmitry Peskov", stance.speaker().name());
            assertEquals("Russian troops will leave Belarus in March", stance.quote().exact());
        }

        @Test
        void directQuoteToldReportersAndAFirstPersonWeNamesTheSpeakersParty() {
            List<Proposal> proposals = extract("“We will withdraw from Belarus,” Maria Zakharova told reporters.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-zak", stance.speaker().sourceId());
            assertEquals("Russia will withdraw from Belarus.", claimOf(proposals, stance).claimText());
            assertEquals("We will withdraw from Belarus", stance.quote().exact());
        }

        @Test
        void directQuoteAfterAColon() {
            List<Proposal> proposals = extract("Zakharova said: “NATO must stop its expansion to the east.”");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("NATO must stop its expansion to the east", stance.quote().exact());
        }

        @Test
        void whereItWasSaidMayFollowTheSpeaker() {
            List<Proposal> proposals = extract(
                    "“Russian troops will leave Belarus after the exercises,” Maria Zakharova said in a statement.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-zak", stance.speaker().sourceId());
            assertEquals("Russian troops will leave Belarus after the exercises.",
                    claimOf(proposals, stance).claimText());

            proposals = extract("\"Russian troops are firing on the plant from all sides,\" "
                    + "Ukraine's foreign minister Dmytro Kuleba wrote on Twitter.");
            stance = only(proposals, Position.ASSERTS);
            assertEquals(new Speaker("Ukraine's foreign minister Dmytro Kuleba", null, "Dmytro Kuleba", "PERSON", "Ukraine"),
                    stance.speaker());
            assertEquals("Russian troops are firing on the plant from all sides", stance.quote().exact());
        }

        @Test
        void heWithNoSpeakerBeforeIsThePersonLastNamed() {
            List<Proposal> proposals = extract("Dmitry Peskov spoke to reporters on Monday. “Russian troops will not cross the "
                    + "border,” he said. He added that 5,000 soldiers had already left.");
            assertEquals(List.of("Dmitry Peskov", "Dmitry Peskov"),
                    proposals.stream().flatMap(p -> p.stances().stream())
                    .filter(x -> x.position() == Position.ASSERTS && !x.speaker().equals(PUBLISHER)).map(x -> x.speaker().name())
                    .toList());
            // a party or a government is no "he"
            assertTrue(extract("The United States spoke to Russia on Monday. “Russian troops will not cross the border,” he "
                    + "said.").stream().flatMap(p -> p.stances().stream()).allMatch(x -> x.speaker().equals(PUBLISHER)));
        }

        @Test
        void whereItWasSaidMayNameAPlace() {
            List<Proposal> proposals = extract("“NATO has moved 40,000 troops to its eastern flank,” Maria Zakharova told a "
                    + "news conference in Brussels on Wednesday.");
            assertEquals("s-zak", only(proposals, Position.ASSERTS).speaker().sourceId());
            assertEquals("NATO has moved 40,000 troops to its eastern flank.", proposals.get(0).claimText());
        }

        @Test
        void theOccasionAfterTheSpeakerIsNotTheClaim() {
            List<Proposal> proposals = extract("“We do not want war with Ukraine,” Maria Zakharova told reporters after talks "
                    + "with German Chancellor Olaf Scholz.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("s-zak", stance.speaker().sourceId());
            assertEquals("Russia does not want war with Ukraine.", claimOf(proposals, stance).claimText());
        }

        @Test
        void aClosingParticipleAfterTheSpeakerIsNoObstacle() {
            List<Proposal> proposals = extract("“Russia has no plans to invade,” the Kremlin's spokesman said, dismissing "
                    + "Western warnings as “hysteria”.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Russia", stance.speaker().party());
            assertEquals("Russia has no plans to invade.", claimOf(proposals, stance).claimText());
        }

        @Test
        void aFurtherClaimAddedAfterTheSpeaker() {
            List<Proposal> proposals = extract("“Russian troops are not in Ukraine,” Maria Zakharova said, adding that "
                    + "3,000 soldiers had gone home.");
            assertEquals(List.of("Russian troops are not in Ukraine.", "3,000 soldiers had gone home."),
                    proposals.stream().map(Proposal::claimText).toList());
            assertTrue(proposals.stream().allMatch(p -> p.stances().size() == 1
                    && "s-zak".equals(p.stances().get(0).speaker().sourceId())), proposals.toString());
        }

        @Test
        void aMinistryNamedByItsCountrySpeaksForIt() {
            List<Proposal> proposals = extract("Russian troops are massing near Kharkiv, Ukraine's defence ministry "
                    + "said on Telegram.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Ukraine", stance.speaker().party());
            assertEquals("GOVERNMENT", stance.speaker().kind());
            assertEquals("Russian troops are massing near Kharkiv.", claimOf(proposals, stance).claimText());
        }

        @Test
        void aFirstPersonWeTakesTheVerbOfItsParty() {
            List<Proposal> proposals = extract("“We are not going to attack anyone,” Maria Zakharova said.");
            assertEquals("Russia is not going to attack anyone.", proposals.get(0).claimText());
            proposals = extract("“We have no plans to attack Ukraine,” Maria Zakharova said.");
            assertEquals("Russia has no plans to attack Ukraine.", proposals.get(0).claimText());
        }

        @Test
        void unnamedReportIsNoSpeaker() {
            List<Proposal> proposals = extract("Troops left the town near Kharkiv, the report said.");
            assertTrue(proposals.stream().flatMap(p -> p.stances().stream())
                    .noneMatch(s -> s.reason().contains("X said")), proposals.toString());
        }
    }

    @Nested
    class AccordingTo {
        @Test
        void speakerAssertsAndThePublisherRelays() {
            List<Proposal> proposals = extract(
                    "Up to 100,000 troops are massed near the border, according to Ukrainian officials.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Ukraine", stance.speaker().party());
            assertEquals("GROUP", stance.speaker().kind());
            assertEquals("Up to 100,000 troops are massed near the border.", claimOf(proposals, stance).claimText());
            assertEquals(PUBLISHER, only(proposals, Position.REPORTS).speaker());
        }

        @Test
        void leadingAccordingTo() {
            List<Proposal> proposals = extract("According to the White House, Biden will call Putin on Thursday.");
            assertEquals("s-wh", only(proposals, Position.ASSERTS).speaker().sourceId());
        }

        @Test
        void anUnnamedSourceIsOnRecordSoTheClaimNeedsNoNameThenThePersonIsThatSource() {
            List<Proposal> proposals = extract("According to a person familiar with the investigation, the attackers got "
                    + "in through a supplier's account. The person, who was not authorised to speak publicly, said the "
                    + "auditors had warned about the weakness. A person familiar with the matter said the thieves got in "
                    + "through a window.");
            assertEquals(List.of("The attackers got in through a supplier's account.",
                    "The auditors had warned about the weakness.", "The thieves got in through a window."),
                    proposals.stream().map(Proposal::claimText).toList());
            assertEquals(List.of("Person familiar with the investigation", "Person familiar with the investigation",
                    "Person familiar with the matter"), firstSpeakers(proposals).stream().map(Speaker::name).toList(),
                    "'the person' is the unnamed source before");
            assertEquals("PERSON", proposals.get(1).stances().get(0).speaker().kind());
        }

        @Test
        void twoPeopleBriefedOnItThenOneOfThem() {
            List<Proposal> proposals = extract("According to two people briefed on the investigation, investigators have "
                    + "focused on an area where the fire is believed to have started. One of them said investigators had "
                    + "recovered a broken insulator.");
            Speaker sources = new Speaker("two people briefed on the investigation", null,
                    "Two people briefed on the investigation", "GROUP", null);
            assertEquals(List.of(sources, sources), firstSpeakers(proposals),
                    "an unnamed source, however many, beats the hedge inside its claim; 'one of them' is one of those");
            assertEquals("Investigators had recovered a broken insulator.", proposals.get(1).claimText());
        }

        @Test
        void thePersonWithNoUnnamedSourceBeforeNamesNobody() {
            List<Proposal> proposals = extract("The person said the auditors had warned about the weakness.");
            assertTrue(proposals.stream().flatMap(p -> p.stances().stream())
                    .noneMatch(s -> s.position() == Position.ASSERTS && !s.speaker().equals(PUBLISHER)),
                    proposals.toString());
        }

        @Test
        void figuresPublishedByABodyOnItsWebsiteAreTheBodys() {
            Registry registry = new InMemoryRegistry()
                    .source("s-hgh", "Harrowgate General Hospital", "ORGANIZATION", null, false);
            String text = "Hackers say they hit English hospital\n\nHackers said they had attacked Harrowgate General "
                    + "Hospital. More than 2,000 appointments were cancelled this week, according to figures published "
                    + "by the hospital on its website. A hospital spokesperson said the hospital had been hit on Saturday.";
            List<Proposal> proposals = new Extractor(registry).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
            assertEquals(List.of("s-hgh", "s-hgh"), proposals.stream().skip(1)
                    .map(p -> p.stances().get(0).speaker().sourceId()).toList(), "the hospital the registry holds, "
                    + "not the headline's 'English hospital'; 'on its website' is where, not who");
        }

        @Test
        void accordingToAPlanNamesNobody() {
            List<Proposal> proposals = extract("According to plan, the convoy reached Kyiv on Monday.");
            assertTrue(proposals.stream().flatMap(p -> p.stances().stream())
                    .noneMatch(s -> s.reason().contains("according to")), proposals.toString());
        }
    }

    @Nested
    class Accused {
        @Test
        void aForeignMinistryAccuses() {
            List<Proposal> proposals = extract("Ukraine's foreign ministry accused Russia of staging a provocation in "
                    + "Donbas.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Ukraine", stance.speaker().party());
            assertEquals("Russia has been staging a provocation in Donbas.", claimOf(proposals, stance).claimText());
        }

        @Test
        void accusationIsRewrittenAsTheAccusedsClaim() {
            List<Proposal> proposals = extract("Washington accused Moscow of massing troops near the border.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("United States", stance.speaker().party());
            assertEquals("Moscow has been massing troops near the border.", claimOf(proposals, stance).claimText());
            assertEquals("Washington accused Moscow of massing troops near the border", stance.quote().exact());
            assertEquals(PUBLISHER, only(proposals, Position.REPORTS).speaker());
        }

        @Test
        void havingBecomesHas() {
            List<Proposal> proposals = extract("Kiev accused Russia of having deployed 90,000 soldiers.");
            assertEquals("Russia has deployed 90,000 soldiers.", proposals.get(0).claimText());
        }

        @Test
        void theAccusedAsANounAndAnAccusationWithoutOfDoNotFire() {
            assertTrue(extract("The accused was released on bail in London.").stream()
                    .flatMap(p -> p.stances().stream()).noneMatch(s -> s.reason().contains("accused")));
            assertTrue(extract("Ukraine accused nobody at the Geneva talks.").stream()
                    .flatMap(p -> p.stances().stream()).noneMatch(s -> s.reason().contains("accused")));
        }
    }

    @Nested
    class Denied {
        @Test
        void aClaimRejectedIsItsOwnersClaim() {
            List<Proposal> proposals = extract("The Kremlin rejected opposition leader Anna Berg\u2019s claim that 40 "
                    + "officers had been dismissed in Moscow.");
            Proposal claim = proposals.get(0);
            assertEquals("40 officers had been dismissed in Moscow.", claim.claimText());
            assertEquals(List.of("Anna Berg", "Government of Russia"), claim.stances().stream()
                    .map(st -> st.speaker().name()).toList());
            assertEquals(List.of(Position.ASSERTS, Position.DENIES), claim.stances().stream()
                    .map(ProposedStance::position).toList());
            // "rejected the claims that …" names no owner
            assertEquals(1, extract("The Kremlin rejected the claims that 40 officers had been dismissed in Moscow.")
                    .get(0).stances().size());
        }

        @Test
        void deniedThatAnySuchThingDeniesTheClaimJustMade() {
            List<Proposal> proposals = extract("Maria Zakharova said Kyiv had been warned about the weakness in November. "
                    + "The Government of Ukraine denied that it had received any such warning.");
            ProposedStance denial = theOneDenial(proposals);
            assertEquals("s-ua", denial.speaker().sourceId());
            assertEquals("The Government of Ukraine denied that it had received any such warning", denial.quote().exact());

            List<Proposal> own = extract("Maria Zakharova said Kyiv had been warned in November. The Government of "
                    + "Ukraine denied that it had received a warning from Moscow.");
            assertEquals("Ukraine had received a warning from Moscow.",
                    claimOf(own, only(own, Position.DENIES)).claimText(), "without 'such', a claim of its own");
        }

        @Test
        void aStatementDismissedIsItsOwnersClaimAndAChargeIsAnAccusation() {
            List<Proposal> dismissed = extract("The Kremlin dismissed as \u201cbaseless\u201d opposition leader Anna "
                    + "Berg\u2019s statement that 40 officers had been dismissed in Moscow.");
            assertEquals(List.of(Position.ASSERTS, Position.DENIES), dismissed.get(0).stances().stream()
                    .map(ProposedStance::position).toList());
            assertEquals("Anna Berg", dismissed.get(0).stances().get(0).speaker().name());
            // a statement nobody owns is no claim: "issued a statement on Monday that …" states
            assertEquals(0, count(extract("The Kremlin dismissed the statement that 40 officers had been dismissed in "
                    + "Moscow."), Position.ASSERTS));
            List<Proposal> charged = extract("Prosecutors charged Norvane Energy with inflating its 2021 sales by 12%.");
            assertEquals("Norvane Energy has been inflating its 2021 sales by 12%.",
                    claimOf(charged, only(charged, Position.ASSERTS)).claimText());
        }

        @Test
        void reportsAllegingThatDismissedAsALongQuoteAndADenialThatGoesOnWithBut() {
            List<Proposal> rebuffed = extract("The Kremlin has rebuffed allegations that a buildup of Russian troops near "
                    + "Ukraine reflects aggressive intentions. Dmitry Peskov dismissed Western media reports alleging "
                    + "that Moscow plans to invade Ukraine as \u201chollow and unfounded attempt to incite tensions.\u201d");
            assertEquals(List.of("A buildup of Russian troops near Ukraine reflects aggressive intentions.",
                    "Moscow plans to invade Ukraine."), rebuffed.stream().map(Proposal::claimText).toList());
            assertEquals(2, count(rebuffed, Position.DENIES));
            List<Proposal> but = extract("Moscow denies it has any plans to attack Ukraine but wants Western guarantees "
                    + "that NATO will not expand.");
            assertEquals("Russia has plans to attack Ukraine.", claimOf(but, only(but, Position.DENIES)).claimText());
        }

        @Test
        void rejectedAsGroundlessClaimsThat() {
            for (String judgement : List.of("\u201cgroundless\u201d", "groundless")) {
                List<Proposal> proposals = extract("The Kremlin rejected as " + judgement + " Western claims that an "
                        + "invasion of Ukraine was imminent.");
                assertEquals(1, proposals.size(), proposals::toString);
                ProposedStance denial = only(proposals, Position.DENIES);
                assertEquals("s-ru", denial.speaker().sourceId());
                assertEquals("An invasion of Ukraine was imminent.", claimOf(proposals, denial).claimText());
            }
        }

        @Test
        void deniedWithoutThat() {
            List<Proposal> proposals = extract("Moscow denied it was planning an invasion of Ukraine.");
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("Russia was planning an invasion of Ukraine.", claimOf(proposals, denial).claimText());
            List<Proposal> talks = extract("Maria Zakharova denied the talks in Geneva had failed.");
            assertEquals("The talks in Geneva had failed.", claimOf(talks, only(talks, Position.DENIES)).claimText());
        }

        @Test
        void theSubjectOfAnEarlierVerbJoinedByAnd() {
            List<Proposal> proposals = extract("Moscow dismissed the warnings as \u201chysteria\u201d and denied it was "
                    + "planning an invasion of Ukraine.");
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("s-ru", denial.speaker().sourceId());
            assertEquals("Russia was planning an invasion of Ukraine.", claimOf(proposals, denial).claimText());
        }

        @Test
        void deniedAnyPlansToIsADenialOfTheIntention() {
            List<Proposal> proposals = extract("Moscow has repeatedly denied any plans to attack its neighbour.");
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("Russia intends to attack its neighbour.", claimOf(proposals, denial).claimText());
            assertEquals("s-ru", denial.speaker().sourceId());
        }

        @Test
        void deniedThat() {
            List<Proposal> proposals = extract("The Kremlin denied that Russian troops were in Belarus.");
            ProposedStance stance = only(proposals, Position.DENIES);
            assertEquals("s-ru", stance.speaker().sourceId());
            assertEquals("Russian troops were in Belarus.", claimOf(proposals, stance).claimText());
        }

        @Test
        void deniedHaving() {
            List<Proposal> proposals = extract("Moscow denied having deployed troops to Crimea.");
            ProposedStance stance = only(proposals, Position.DENIES);
            assertEquals("Russia has deployed troops to Crimea.", claimOf(proposals, stance).claimText());
        }

        @Test
        void deniedTheAllegationAnswersThePreviousClaim() {
            List<Proposal> proposals = extract("Kyiv accused Russia of shelling Kharkiv on Monday. "
                    + "Moscow denied the allegation.");
            assertEquals(1, proposals.size());
            assertEquals("Russia", only(proposals, Position.DENIES).speaker().party());
        }

        @Test
        void aClosingParticipleClauseIsNotPartOfTheDeniedClaim() {
            List<Proposal> proposals = extract("Kremlin spokesperson Dmitry Peskov denied that Russia had shelled the "
                    + "plant, calling the reports \"a provocation\".");
            ProposedStance stance = only(proposals, Position.DENIES);
            assertEquals("Russia had shelled the plant.", claimOf(proposals, stance).claimText());
            assertEquals("Russia had shelled the plant", stance.quote().exact());
        }

        @Test
        void dismissedOrRejectedClaimsThatAreDenials() {
            List<Proposal> proposals = extract("Moscow dismissed claims that it was planning an invasion as "
                    + "\"hysteria\".");
            ProposedStance stance = only(proposals, Position.DENIES);
            assertEquals("s-ru", stance.speaker().sourceId());
            assertEquals("Russia was planning an invasion.", claimOf(proposals, stance).claimText());
            assertEquals("it was planning an invasion", stance.quote().exact());

            proposals = extract("The Kremlin rejected reports that 30,000 Russian troops had crossed into Belarus as "
                    + "baseless.");
            assertEquals("30,000 Russian troops had crossed into Belarus.",
                    claimOf(proposals, only(proposals, Position.DENIES)).claimText());

            proposals = extract("Minsk rejected reports that Russian troops had crossed into Belarus as part of the "
                    + "drills.");
            assertEquals("Russian troops had crossed into Belarus as part of the drills.",
                    claimOf(proposals, only(proposals, Position.DENIES)).claimText());
        }

        @Test
        void deniedQualifiedClaimsThatAboutItsOwnSide() {
            List<Proposal> proposals = extract("Ukraine denied Russian claims that its forces had attacked a border "
                    + "post.");
            ProposedStance stance = only(proposals, Position.DENIES);
            assertEquals("s-ua", stance.speaker().sourceId());
            assertEquals("Ukraine's forces had attacked a border post.", claimOf(proposals, stance).claimText());

            proposals = extract("Moscow denied the United States' claims that it had massed 100,000 troops, calling them "
                    + "\"hysteria\".");
            assertEquals("Russia had massed 100,000 troops.",
                    claimOf(proposals, only(proposals, Position.DENIES)).claimText());
        }

        @Test
        void deniesAndAGerundIsTheSpeakersOwnDeed() {
            List<Proposal> proposals = extract("Russia denies planning an attack on Ukraine.");
            ProposedStance stance = only(proposals, Position.DENIES);
            assertEquals("Russia has been planning an attack on Ukraine.", claimOf(proposals, stance).claimText());
        }

        @Test
        void deniedItDisputedThatConfirmedThisAnswerThePreviousClaim() {
            List<Proposal> proposals = extract("Kyiv said Russia had deployed 100,000 soldiers near the border. Moscow denied it. "
                    + "The White House confirmed this.");
            assertEquals(1, proposals.size(), proposals.toString());
            assertEquals("s-ru", only(proposals, Position.DENIES).speaker().sourceId());
            assertEquals("Moscow denied it", only(proposals, Position.DENIES).quote().exact());
            assertEquals("s-wh", by(proposals, "White House", Position.ASSERTS).orElseThrow().speaker().sourceId());

            proposals = extract("Maria Zakharova said 30,000 Russian troops would leave Belarus. Ukrainian officials disputed "
                    + "that, saying more than 150,000 troops were massed near the border.");
            assertEquals(List.of("30,000 Russian troops would leave Belarus.", "More than 150,000 troops were massed near the border."),
                    proposals.stream().map(Proposal::claimText).toList());
            assertEquals("Ukraine", only(proposals, Position.QUESTIONS).speaker().party());
            assertEquals(proposals.get(0), claimOf(proposals, only(proposals, Position.QUESTIONS)));
        }

        @Test
        void deniedItWithNothingBeforeAnswersNothing() {
            assertEquals(0, count(extract("Moscow denied it."), Position.DENIES));
        }

        @Test
        void notDeniedAndRejectedOfferAreNoDenials() {
            assertEquals(0, count(extract("Moscow has not denied that troops were sent to Crimea."), Position.DENIES));
            assertEquals(0, count(extract("Kyiv rejected an offer to meet in Minsk."), Position.DENIES));
        }
    }

    /** Speech of several sentences, and a quotation that goes on after its attribution. */
    @Nested
    class Quotations {
        @Test
        void aQuotationOfTwoSentencesIsTheSpeakersTwice() {
            for (String text : List.of("\u201cRussia has no plans to invade Ukraine. We have said it many times,\u201d "
                    + "Maria Zakharova said.", "Maria Zakharova said: \u201cRussia has no plans to invade Ukraine. We have "
                    + "said it many times.\u201d")) {
                List<Proposal> proposals = extract(text);
                assertEquals(List.of("Russia has no plans to invade Ukraine.", "Russia has said it many times."),
                        proposals.stream().map(Proposal::claimText).toList(), text);
                proposals.forEach(p -> assertEquals("s-zak", p.stances().get(0).speaker().sourceId(), text));
                assertEquals(2, count(proposals, Position.ASSERTS), "the verb inside the speech attributes nothing");
            }
        }

        @Test
        void aQuotedSentenceAfterAQuoteGoesOnInTheSameVoice() {
            List<Proposal> proposals = extract("\u201cWe will not invade Ukraine,\u201d Maria Zakharova said. \u201cRussia "
                    + "has no such plans and never had them.\u201d");
            assertEquals(2, proposals.size(), proposals::toString);
            ProposedStance goesOn = proposals.get(1).stances().get(0);
            assertEquals("s-zak", goesOn.speaker().sourceId());
            assertEquals("Russia has no such plans and never had them.", proposals.get(1).claimText());
            assertEquals("Russia has no such plans and never had them", goesOn.quote().exact());
            // a sentence of the publisher's in between ends it
            List<Proposal> between = extract("\u201cWe will not invade Ukraine,\u201d Maria Zakharova said. The talks "
                    + "in Geneva ended on Monday. \u201cRussia has no such plans and never had them.\u201d");
            assertTrue(by(between, "Maria Zakharova", Position.ASSERTS).map(s -> claimOf(between, s).claimText())
                    .filter(c -> c.startsWith("Russia has no such")).isEmpty(), between::toString);
        }

        @Test
        void aFullNameKeepsTheSideItsDescriptionGaveIt() {
            List<Proposal> proposals = extract("Ukraine's President Volodymyr Zelensky spoke in Kyiv on Monday. Zelensky "
                    + "said that Russian troops had crossed the border.");
            assertEquals(new Speaker("Zelensky", null, "Volodymyr Zelensky", "PERSON", "Ukraine"),
                    only(proposals.subList(1, 2), Position.ASSERTS).speaker());
            assertTrue(extract("We said that Russian troops had crossed the border at Kharkiv.").stream()
                    .flatMap(p -> p.stances().stream()).noneMatch(s -> s.speaker().name().equals("We")));
        }
        @Test
        void aDescriptionWithANameInsideAndQuotedAsSayingAtTheEnd() {
            List<Proposal> proposals = extract("Ivan Petrov, a spokesman for the main security agency, the KGB, told "
                    + "television on Monday that the embassy had hired 10 local citizens.");
            assertEquals("Ivan Petrov", only(proposals, Position.ASSERTS).speaker().name());
            List<Proposal> quoted = extract("It was a straight deal with Ukraine and no agent was paid in 2014, the "
                    + "Daily Example quoted Anna Berg as saying.");
            ProposedStance stance = only(quoted, Position.ASSERTS);
            assertEquals("Anna Berg", stance.speaker().name());
            assertEquals("It was a straight deal with Ukraine and no agent was paid in 2014.",
                    claimOf(quoted, stance).claimText());
        }

        @Test
        void anAcronymAfterTheNameAnAbbreviationInsideANameADatelineCutOffAndAnOutlet() {
            List<Proposal> sec = extract("Norvane Energy provided misleading information to investors in 2019, the "
                    + "Securities and Exchange Commission (SEC) said.");
            assertEquals("Securities and Exchange Commission", only(sec, Position.ASSERTS).speaker().name());
            List<Proposal> journal = extract("CHATTANOOGA, Tenn. (Wire) \u2013 The Wall Street Journal reports that "
                    + "Norvane Properties INC. is being investigated for accounting fraud.");
            ProposedStance stance = only(journal, Position.ASSERTS);
            assertEquals("Norvane Properties INC. is being investigated for accounting fraud.",
                    claimOf(journal, stance).claimText());
            assertEquals("MEDIA_OUTLET", stance.speaker().kind());
            assertEquals(1, journal.size(), "the dateline is no claim");
        }

        @Test
        void villagersInARegionAndAnOfficerWithInitials() {
            List<Proposal> villagers = extract("Soldiers were sent to Okuma Mafi on Tuesday to track down 40 rebels, the "
                    + "villagers said. Villagers in southern South Sudan said soldiers went on a rampage in Oming.");
            assertEquals(List.of("Villagers", "Villagers in southern South Sudan"), villagers.stream()
                    .map(p -> p.stances().get(0).speaker().name()).toList());
            List<Proposal> officer = extract("\u201cThis is one of the most successful operations in Kupwara,\u201d said "
                    + "S K Saini, a senior Indian army officer.");
            ProposedStance stance = only(officer, Position.ASSERTS);
            assertEquals(new Speaker("S K Saini", null, "S K Saini", "PERSON", null), stance.speaker());
        }

        @Test
        void anInterviewPublishedOnlineAndATitleWithAnAndInItsBody() {
            List<Proposal> proposals = extract("Ukrainian National Security and Defense Council Secretary Alexey Danilov "
                    + "said in an interview published online by the Novoye Vremya outlet on Wednesday that Kiev did not "
                    + "see 100,000 Russian troops on the border.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Alexey Danilov", stance.speaker().name());
            assertEquals("Ukraine", stance.speaker().party());
            assertEquals("Kiev did not see 100,000 Russian troops on the border.", claimOf(proposals, stance).claimText());
            // two speakers joined by "and" stay two
            assertEquals(2, count(extract("Ukraine and Belarus said that 100,000 troops had left the border."),
                    Position.ASSERTS));
        }

        @Test
        void anAddresseeATitleOfSeveralWordsAndAWhoAfterTheSpeaker() {
            List<Proposal> told = extract("\u201cWe have been provided no evidence of fraud in New Hampshire,\u201d David "
                    + "Scanlan, New Hampshire\u2019s deputy secretary of state, told POLITICO in a phone interview Monday.");
            assertEquals("David Scanlan", only(told, Position.ASSERTS).speaker().name());
            List<Proposal> who = extract("\u201cThere's no evidence of widespread voter fraud in 2016,\u201d said Brian "
                    + "Bounanano, who works in the attorney general's election unit.");
            assertEquals("Brian Bounanano", only(who, Position.ASSERTS).speaker().name());
        }

        @Test
        void withSomeoneTellingAMiddleInitialAndACountryThatIsNoHe() {
            List<Proposal> telling = extract("The company hit back on Monday, with Carlos G. Ortiz telling reporters: "
                    + "\u201cThe figures in the 2014 study are outdated and inaccurate.\u201d");
            ProposedStance stance = only(telling, Position.ASSERTS);
            assertEquals("Carlos G. Ortiz", stance.speaker().name());
            assertEquals("The figures in the 2014 study are outdated and inaccurate.", claimOf(telling, stance).claimText());
            List<Proposal> he = extract("Sales of Malta drinks rose in the United States in 2014. \u201cThe 4-MEI figures "
                    + "do not reflect the United States market in 2014,\u201d he added.");
            assertTrue(he.stream().flatMap(p -> p.stances().stream())
                    .noneMatch(st -> st.speaker().name().equals("United States")), he::toString);
            List<Proposal> ampersand = extract("Johnson & Johnson said that its talc had never contained asbestos in 2019.");
            assertEquals("Johnson & Johnson", only(ampersand, Position.ASSERTS).speaker().name());
        }

        @Test
        void saidOnTwitterThenAColon() {
            List<Proposal> proposals = extract("After the vote, Anna Berg said on Twitter: \u201cThe count in Geneva was "
                    + "stopped twice.\u201d");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Anna Berg", stance.speaker().name());
            assertEquals("The count in Geneva was stopped twice.", claimOf(proposals, stance).claimText());
        }

        @Test
        void aQuotationsHeAndHisAreNotItsSpeaker() {
            List<Proposal> proposals = extract("\u201cThe minister came in late. He took the file with him and his aides "
                    + "left at noon,\u201d Anna Berg wrote.");
            assertEquals(List.of("The minister came in late.", "He took the file with him and his aides left at noon."),
                    proposals.stream().map(Proposal::claimText).toList());
            // outside a quotation "he" is still the speaker's: "Zelensky said he had …"
            assertEquals("Volodymyr Zelensky had spoken with Joe Biden on Monday.", extract("Volodymyr Zelensky said he had "
                    + "spoken with Joe Biden on Monday.").get(0).claimText());
            // and a quotation's "I" is the speaker
            assertEquals("Anna Berg has seen the file.", extract("\u201cI have seen the file,\u201d Anna Berg wrote.")
                    .get(0).claimText());
        }

        @Test
        void aClaimEndsWithItsQuotationAndItsBrackets() {
            assertEquals("The ministry had worked with the Special Protection Group (SPG).", extract("Olga Petrova said "
                    + "the ministry had worked with the Special Protection Group (SPG).").get(0).claimText());
            assertEquals("The ministry had worked with the Special Protection Group (SPG).", extract("The ministry had "
                    + "worked with the Special Protection Group (SPG), Olga Petrova said.").get(0).claimText());
            List<Proposal> quoted = extract("Later the Daily Example wrote that Olga Petrova had said on Monday in Geneva: "
                    + "\u201cRussia will keep 100,000 troops at the border.\u201d");
            assertTrue(quoted.stream().map(Proposal::claimText).noneMatch(c -> c.endsWith(".\u201d.")), quoted::toString);
        }
    }

    /** Health, elections, companies, police: speakers described rather than named, and their titles. */
    @Nested
    class OtherBeats {
        @Test
        void anInstitutionNamedByItsDescriptionIsSuggested() {
            List<Proposal> ministry = extract("The health ministry denied reports that hospitals had run out of oxygen.");
            ProposedStance denial = only(ministry, Position.DENIES);
            assertEquals(new Speaker("health ministry", null, "Health ministry", "ORGANIZATION", null), denial.speaker());
            assertEquals("Hospitals had run out of oxygen.", claimOf(ministry, denial).claimText());

            List<Proposal> bank = extract("The central bank said inflation would peak at 9% later this year.");
            ProposedStance stance = only(bank, Position.ASSERTS);
            assertEquals("Central bank", stance.speaker().name());
            assertEquals("Inflation would peak at 9% later this year.", claimOf(bank, stance).claimText());

            List<Proposal> police = extract("According to police, three people were arrested at the protest.");
            assertEquals("Police", only(police, Position.ASSERTS).speaker().name());
            assertEquals("Three people were arrested at the protest.", police.get(0).claimText());
        }

        @Test
        void anUnnamedOfficeHolderIsAPersonToName() {
            List<Proposal> proposals = extract("The mayor told CNN that the water was safe to drink.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals(new Speaker("mayor", null, "Mayor", "PERSON", null), stance.speaker());
            assertEquals("The water was safe to drink.", claimOf(proposals, stance).claimText());
        }

        @Test
        void titlesOfCompaniesAndAbbreviatedOnes() {
            List<Proposal> musk = extract("Tesla Chief Executive Elon Musk said the company would build a factory in "
                    + "Mexico.");
            assertEquals("Elon Musk", only(musk, Position.ASSERTS).speaker().name());
            List<Proposal> fauci = extract("\u201cThe vaccine is safe,\u201d said Dr. Anthony Fauci, the top U.S. "
                    + "infectious disease expert.");
            ProposedStance stance = only(fauci, Position.ASSERTS);
            assertEquals("Anthony Fauci", stance.speaker().name());
            assertEquals("The vaccine is safe.", claimOf(fauci, stance).claimText());
            // "St." ends neither a sentence nor a name
            List<Proposal> petersburg = extract("Russian troops were seen in St. Petersburg on Monday, the ministry said.");
            assertEquals("Russian troops were seen in St. Petersburg on Monday.",
                    claimOf(petersburg, only(petersburg, Position.ASSERTS)).claimText());
        }

        @Test
        void anElectionStory() {
            List<Proposal> proposals = extract("WASHINGTON (AP) \u2014 Former President Donald Trump falsely claimed on "
                    + "Saturday that the 2020 election had been rigged, repeating a claim that courts rejected. "
                    + "\u201cWe won this election by a lot,\u201d Trump told supporters at a rally in Georgia. Georgia "
                    + "Secretary of State Brad Raffensperger, a Republican, said in an interview that the state's results "
                    + "had been verified three times.");
            assertEquals(List.of("The 2020 election had been rigged.", "We won this election by a lot.",
                    "The state's results had been verified three times."),
                    proposals.stream().map(Proposal::claimText).toList());
            assertEquals(List.of("Donald Trump", "Donald Trump", "Brad Raffensperger"),
                    proposals.stream().map(p -> p.stances().get(0).speaker().name()).toList());
        }

        @Test
        void aHealthStory() {
            List<Proposal> who = extract("The World Health Organization said on Thursday that the new variant did not "
                    + "appear to cause more severe illness, but warned that cases were rising in 40 countries.");
            assertEquals(List.of("The new variant did not appear to cause more severe illness.",
                    "Cases were rising in 40 countries."), who.stream().map(Proposal::claimText).toList());
            who.forEach(p -> assertEquals("World Health Organization", p.stances().get(0).speaker().name()));

            List<Proposal> tedros = extract("\u201cThere is no evidence that this variant is more dangerous,\u201d WHO "
                    + "chief Tedros Adhanom Ghebreyesus told a briefing.");
            assertEquals("Tedros Adhanom Ghebreyesus", only(tedros, Position.ASSERTS).speaker().name());

            List<Proposal> activists = extract("Anti-vaccine activists claimed on social media that the vaccines caused "
                    + "infertility, a claim health authorities have repeatedly denied.");
            assertEquals(new Speaker("Anti-vaccine activists", null, "Anti-vaccine activists", "GROUP", null),
                    only(activists, Position.ASSERTS).speaker());
            assertEquals("Health authorities", only(activists, Position.DENIES).speaker().name());

            // "according to a company statement" after "Moderna said" is how it was said: no second speaker
            List<Proposal> moderna = extract("Moderna said its booster shot increased antibody levels 37-fold, "
                    + "according to a company statement.");
            assertEquals(1, moderna.size(), moderna::toString);
            assertEquals(1, moderna.get(0).stances().size(), moderna::toString);
        }

        @Test
        void aTechStory() {
            List<Proposal> denial = extract("Facebook Inc on Monday denied that it puts profit over safety, after a "
                    + "whistleblower told U.S. lawmakers the company knew its apps harmed teenagers.");
            assertEquals("Facebook Inc puts profit over safety.", claimOf(denial, only(denial, Position.DENIES)).claimText());

            List<Proposal> haugen = extract("Frances Haugen, a former product manager at the company, told a Senate "
                    + "subcommittee that Facebook had repeatedly misled the public.");
            ProposedStance stance = only(haugen, Position.ASSERTS);
            assertEquals("Frances Haugen", stance.speaker().name());
            assertEquals("Facebook had repeatedly misled the public.", claimOf(haugen, stance).claimText());

            List<Proposal> researcher = extract("Tomas Lindqvist, a researcher at the London-based security firm "
                    + "Redline Security who examined samples the group posted online, said the files included scanned "
                    + "letters.");
            onlyBy(researcher, Position.ASSERTS, "Tomas Lindqvist", "The files included scanned letters.");

            List<Proposal> spokesperson = extract("A Facebook spokesperson said the research had been mischaracterised.");
            assertEquals(new Speaker("Facebook spokesperson", null, "Facebook", "ORGANIZATION", null),
                    only(spokesperson, Position.ASSERTS).speaker());
        }

        @Test
        void unnamedSourcesSpeakForNobodyOnTheRecord() {
            List<Proposal> close = extract("A source close to the Kremlin said Putin had not yet decided on an invasion.");
            assertEquals(new Speaker("source close to the Kremlin", null, "Source close to the Kremlin", "PERSON", null),
                    only(close, Position.ASSERTS).speaker(), "not the Kremlin itself");
            List<Proposal> familiar = extract("People familiar with the matter said Russia had moved 7,000 more troops "
                    + "to the border.");
            assertEquals("GROUP", only(familiar, Position.ASSERTS).speaker().kind());
            // the same words in another story are other people: never the source registered for an earlier one
            Registry registered = new InMemoryRegistry().source("s-pf", "People familiar with the matter", "GROUP", null,
                    false);
            List<Proposal> again = new Extractor(registered).extract(new Article("Two people familiar with the matter "
                    + "said Russia had moved 7,000 more troops to the border.", "en", PUBLISHED, PUBLISHER));
            assertNull(only(again, Position.ASSERTS).speaker().sourceId());
            List<Proposal> two = extract("Russia had moved 7,000 more troops to the border, two sources told Reuters.");
            assertEquals(new Speaker("two sources", null, "Two sources", "GROUP", null), only(two, Position.ASSERTS).speaker());
            List<Proposal> service = extract("Ukraine's security service said it had foiled a coup plot, without giving "
                    + "details.");
            ProposedStance stance = only(service, Position.ASSERTS);
            assertEquals("Ukraine", stance.speaker().party());
            assertEquals("Ukraine's security service had foiled a coup plot.", claimOf(service, stance).claimText(),
                    "the service's \"it\" is the service, not its country");
        }

        @Test
        void aClimateStory() {
            List<Proposal> dateline = extract("LONDON (Reuters) - Global temperatures in 2023 were the highest on record, "
                    + "the European Union's Copernicus Climate Change Service said on Tuesday.");
            assertEquals("Global temperatures in 2023 were the highest on record.",
                    claimOf(dateline, only(dateline, Position.ASSERTS)).claimText(), "the dateline is no part of it");
            List<Proposal> hyphen = extract("US-Russia talks in Geneva ended without agreement on Monday.");
            assertEquals("US-Russia talks in Geneva ended without agreement on Monday.", hyphen.get(0).claimText());

            List<Proposal> exxon = extract("ExxonMobil said in a statement that it supported the goals of the Paris "
                    + "agreement.");
            ProposedStance stance = only(exxon, Position.ASSERTS);
            assertEquals(new Speaker("ExxonMobil", null, "ExxonMobil", "ORGANIZATION", null), stance.speaker(),
                    "a lone name the claim calls 'it' is an organisation");
            assertEquals("ExxonMobil supported the goals of the Paris agreement.", claimOf(exxon, stance).claimText());

            List<Proposal> lawyer = extract("A lawyer for the company, Theodore Wells, told the court that Exxon had "
                    + "never misled investors about climate risks.");
            assertEquals("Theodore Wells", only(lawyer, Position.ASSERTS).speaker().name());

            List<Proposal> producers = extract("Oil producers have long disputed that their products are the main driver "
                    + "of warming.");
            assertEquals("Oil producers' products are the main driver of warming.",
                    claimOf(producers, only(producers, Position.QUESTIONS)).claimText());
        }

        @Test
        void anEconomyStoryKeepsItsPercentSigns() {
            List<Proposal> inflation = extract("Inflation rose to 9.1%, the Labor Department said on Wednesday.");
            ProposedStance stance = only(inflation, Position.ASSERTS);
            assertEquals("Inflation rose to 9.1%.", claimOf(inflation, stance).claimText());
            assertEquals("Inflation rose to 9.1%", stance.quote().exact());
            List<Proposal> publisher = extract("Economists polled by Reuters had expected inflation of 8.8%.");
            assertEquals("Economists polled by Reuters had expected inflation of 8.8%.", publisher.get(0).claimText());
            List<Proposal> powell = extract("Federal Reserve Chair Jerome Powell said the central bank would keep raising "
                    + "rates until inflation was under control.");
            assertEquals("Jerome Powell", only(powell, Position.ASSERTS).speaker().name());
        }

        @Test
        void groupsSpeakFromWhereTheyAre() {
            List<Proposal> tokyo = extract("Officials in Tokyo said at least 48 people were killed.");
            assertEquals(new Speaker("Officials in Tokyo", null, "Officials in Tokyo", "GROUP", null),
                    only(tokyo, Position.ASSERTS).speaker(), "a place is no person");
            List<Proposal> kyiv = extract("Officials in Kyiv said at least 48 people were killed.");
            assertEquals("s-ua", only(kyiv, Position.ASSERTS).speaker().sourceId(), "a government's seat speaks for it");
            List<Proposal> scientists = extract("Scientists at the World Meteorological Organization said last year was "
                    + "the hottest on record.");
            ProposedStance stance = only(scientists, Position.ASSERTS);
            assertEquals("Scientists at the World Meteorological Organization", stance.speaker().name());
            assertEquals("GROUP", stance.speaker().kind());
            assertEquals("Last year was the hottest on record.", claimOf(scientists, stance).claimText(),
                    "the time words are the subject");
            List<Proposal> lawyers = extract("Lawyers for two of the defendants said their clients were innocent.");
            stance = only(lawyers, Position.ASSERTS);
            assertEquals("Lawyers for two of the defendants", stance.speaker().name());
            assertEquals("Their clients were innocent.", claimOf(lawyers, stance).claimText(),
                    "no possessive of a phrase with a preposition");
            List<Proposal> opposition = extract("Prime Minister Fumio Kishida said the government had sent 1,000 troops "
                    + "to the region, while the opposition said the response had been too slow.");
            assertEquals("The response had been too slow.", claimOf(opposition,
                    by(opposition, "Opposition", Position.ASSERTS).orElseThrow()).claimText());
        }

        @Test
        void aSecondStatementAfterAnotherVerb() {
            List<Proposal> minister = extract("Saudi Arabia's energy minister rejected calls to phase out fossil fuels, "
                    + "saying oil would remain part of the energy mix for decades.");
            ProposedStance stance = only(minister, Position.ASSERTS);
            assertEquals("Saudi Arabia's energy minister", stance.speaker().name());
            assertEquals("Oil would remain part of the energy mix for decades.", claimOf(minister, stance).claimText());
            List<Proposal> doping = extract("Russia's sports minister called the findings \"politically motivated\" and "
                    + "said no state programme of doping had ever existed.");
            stance = only(doping, Position.ASSERTS);
            assertEquals(new Speaker("Russia's sports minister", null, "Russia's sports minister", "PERSON", "Russia"),
                    stance.speaker());
            assertEquals("No state programme of doping had ever existed.", claimOf(doping, stance).claimText());
            List<Proposal> fighting = extract("Witnesses said heavy fighting continued near the runway.");
            assertEquals("Heavy fighting continued near the runway.",
                    claimOf(fighting, only(fighting, Position.ASSERTS)).claimText(), "a past tense makes the clause");
        }

        @Test
        void aCompanyDisputesWhatAFormerEmployeeAlleged() {
            List<Proposal> proposals = extract("A former employee accused the company of misleading investors about "
                    + "the safety of its batteries. The company has disputed her characterisation and said its batteries "
                    + "met every industry standard.");
            ProposedStance doubt = only(proposals, Position.QUESTIONS);
            assertEquals("The company has been misleading investors about the safety of its batteries.",
                    claimOf(proposals, doubt).claimText());
            assertEquals("A former employee", by(proposals, "Former employee", Position.ASSERTS).orElseThrow()
                    .quote().exact().substring(0, 17));
            assertEquals("The company's batteries met every industry standard.",
                    claimOf(proposals, by(proposals, "Company", Position.ASSERTS).orElseThrow()).claimText());
            List<Proposal> criticism = extract("Critics said the government had waited too long. Health Minister "
                    + "Olivier Véran rejected the criticism, saying the measures had been taken at the right moment.");
            ProposedStance denial = only(criticism, Position.DENIES);
            assertEquals("Olivier Véran", denial.speaker().name());
            assertEquals("The government had waited too long.", claimOf(criticism, denial).claimText());
            assertEquals("The measures had been taken at the right moment.",
                    claimOf(criticism, by(criticism, "Olivier Véran", Position.ASSERTS).orElseThrow()).claimText());
        }

        @Test
        void aRemarkOfSomeoneElseClosesTheClaim() {
            List<Proposal> proposals = extract("The world is on track to miss its goal of limiting warming to 1.5 "
                    + "degrees Celsius, a target the United Nations says is slipping out of reach.");
            assertEquals("The world is on track to miss its goal of limiting warming to 1.5 degrees Celsius.",
                    proposals.get(0).claimText());
            List<Proposal> rebels = extract("The rebels claimed to have captured the airport.");
            assertEquals("The rebels have captured the airport.",
                    claimOf(rebels, only(rebels, Position.ASSERTS)).claimText(), "a group has, in the plural");
            List<Proposal> cfo = extract("Chief Financial Officer Luca Maestri said sales of the iPhone had grown.");
            assertEquals("Luca Maestri", only(cfo, Position.ASSERTS).speaker().name());
        }

        @Test
        void aDenialInThePassive() {
            List<Proposal> previous = extract("Ukraine said Russian troops had shelled a school in Luhansk. The claim was "
                    + "denied by Moscow.");
            ProposedStance denial = only(previous, Position.DENIES);
            assertEquals("s-ru", denial.speaker().sourceId());
            assertEquals("Russian troops had shelled a school in Luhansk.", claimOf(previous, denial).claimText());
            assertEquals(1, previous.size(), "the denial is no claim of the publisher's");

            List<Proposal> own = extract("Claims that 5G networks spread the coronavirus have been debunked by "
                    + "scientists.");
            denial = only(own, Position.DENIES);
            assertEquals("Scientists", denial.speaker().name());
            assertEquals("5G networks spread the coronavirus.", claimOf(own, denial).claimText());
            assertEquals(PUBLISHER, only(own, Position.REPORTS).speaker(), "the publisher relays the claims");

            List<Proposal> notPassive = extract("The allegation was a surprise to many in Moscow, 300 officials said.");
            assertEquals(0, count(notPassive, Position.DENIES));
        }

        @Test
        void doubtsAndJudgementsInOtherWords() {
            List<Proposal> evidence = extract("Fact-checkers at Reuters found no evidence that the video had been filmed "
                    + "in Kyiv.");
            ProposedStance doubt = only(evidence, Position.QUESTIONS);
            assertEquals("Fact-checkers at Reuters", doubt.speaker().name());
            assertEquals("The video had been filmed in Kyiv.", claimOf(evidence, doubt).claimText());

            List<Proposal> noTruth = extract("A former employee said the company had hidden 40 battery fires. \u201cThere is "
                    + "no truth to these reports,\u201d a spokesperson for the company said in an emailed statement.");
            ProposedStance denial = only(noTruth, Position.DENIES);
            assertEquals("The company had hidden 40 battery fires.", claimOf(noTruth, denial).claimText());
            assertEquals("There is no truth to these reports", denial.quote().exact());
            assertEquals(1, noTruth.size(), "the judgement is no claim of its own");

            List<Proposal> baseless = extract("Kyiv said Russia had massed 100,000 troops. Moscow said the claims of "
                    + "Kyiv were completely baseless.");
            assertEquals("s-ru", only(baseless, Position.DENIES).speaker().sourceId());
        }

        @Test
        void speakersDescribedBetweenCommas() {
            List<Proposal> turkey = extract("Turkey, which has close ties with both Moscow and Kyiv, said it was ready to "
                    + "host talks.");
            ProposedStance stance = only(turkey, Position.ASSERTS);
            assertEquals("Government of Turkey", stance.speaker().name());
            assertEquals("Turkey was ready to host talks.", claimOf(turkey, stance).claimText());
            List<Proposal> age = extract("Ms. Johnson, 54, said the factory had released toxic chemicals into the river.");
            assertEquals("Ms. Johnson", only(age, Position.ASSERTS).speaker().name());
            List<Proposal> gaza = extract("The health ministry in Gaza, which is run by Hamas, said 400 people had been "
                    + "killed.");
            assertEquals("Health ministry in Gaza", only(gaza, Position.ASSERTS).speaker().name());
            List<Proposal> police = extract("Police said a 34-year-old man had been arrested on suspicion of murder.");
            assertEquals("A 34-year-old man had been arrested on suspicion of murder.",
                    claimOf(police, only(police, Position.ASSERTS)).claimText(), "a hyphen inside the subject");
            List<Proposal> musk = extract("Musk wrote in a post on X, formerly Twitter, that the company had never "
                    + "received government funding.");
            assertEquals("Musk", only(musk, Position.ASSERTS).speaker().name());
            List<Proposal> statement = extract("According to a statement from the ministry, 300 people were evacuated.");
            assertEquals("Ministry", only(statement, Position.ASSERTS).speaker().name(), "whoever issued the statement");
        }

        @Test
        void aWholeNewsPageWithItsFurniture() {
            List<Proposal> proposals = extract("""
                    Ukraine war: Kyiv says Russian strike killed 14 in Dnipro

                    By Jane Smith, BBC News
                    Published 14 January 2023
                    Share
                    Image caption, Rescuers searched the rubble through the night

                    President Volodymyr Zelensky accused Moscow of deliberately targeting civilians. "Russian terror \
                    must be stopped," he said in his nightly address.

                    Russia's defence ministry said its forces had carried out a "massive strike" on Ukraine's military \
                    command, and that "all targets were hit". The Kremlin has repeatedly denied targeting civilians, \
                    despite evidence to the contrary.

                    Kremlin spokesman Dmitry Peskov said the Russian armed forces "do not strike residential \
                    buildings", suggesting that the building had been hit by Ukrainian air defences. Ukraine's air force \
                    said the missile was a Kh-22, which it cannot shoot down.

                    Related Topics
                    Russia-Ukraine war
                    """);
            List<String> claims = proposals.stream().map(Proposal::claimText).toList();
            assertEquals(List.of("Moscow has been deliberately targeting civilians.",
                    "Russian terror must be stopped.",
                    "Russia's forces had carried out a \"massive strike\" on Ukraine's military command.",
                    "All targets were hit.", "Russia has been targeting civilians.",
                    "The Russian armed forces \"do not strike residential buildings\".",
                    "The building had been hit by Ukrainian air defences.",
                    "The missile was a Kh-22, which it cannot shoot down."), claims,
                    "headline, byline, caption and links propose nothing; no claim is cut short or runs on");
            assertEquals("Volodymyr Zelensky", proposals.get(1).stances().get(0).speaker().name(),
                    "\"he said in his nightly address\" is Zelensky's, never the publisher's");
            assertEquals("Dmitry Peskov", proposals.get(6).stances().get(0).speaker().name(), "\", suggesting that\"");
            assertEquals("Ukraine", proposals.get(7).stances().get(0).speaker().party(), "the air force is Ukraine's");
        }

        @Test
        void aFactCheckJudgesTheClaimsItRelays() {
            List<Proposal> posts = extract("Posts shared thousands of times on Facebook claim that the Covid-19 vaccine "
                    + "alters human DNA. This is false. Experts say mRNA vaccines never enter the nucleus of a cell.");
            ProposedStance stance = only(posts, Position.DENIES);
            assertEquals(PUBLISHER, stance.speaker(), "\"This is false.\" is the publisher's verdict");
            Proposal dna = claimOf(posts, stance);
            assertEquals("The Covid-19 vaccine alters human DNA.", dna.claimText());
            assertEquals(new Speaker("Posts shared thousands of times on Facebook", null,
                    "Posts shared thousands of times on Facebook", "GROUP", null), dna.stances().get(0).speaker());
            assertEquals("mRNA vaccines never enter the nucleus of a cell.", posts.get(1).claimText(),
                    "a negation marks the clause; the word keeps its case");
            assertEquals(2, posts.size(), "\"This is false.\" is no claim of its own");

            List<Proposal> labelled = extract("Claim: Bill Gates owns 80% of US farmland.\nVerdict: False.\n");
            assertEquals(1, labelled.size());
            assertEquals("Bill Gates owns 80% of US farmland.", labelled.get(0).claimText());
            assertEquals(List.of(Position.REPORTS, Position.DENIES),
                    labelled.get(0).stances().stream().map(ProposedStance::position).toList());

            List<Proposal> misleading = extract("The claim that 5,000 people died after receiving the vaccine is "
                    + "misleading.");
            stance = only(misleading, Position.QUESTIONS);
            assertEquals(PUBLISHER, stance.speaker());
            assertEquals("5,000 people died after receiving the vaccine.", claimOf(misleading, stance).claimText());

            List<Proposal> falsely = extract("Twitter users falsely claimed that the president had resigned.");
            assertEquals("Twitter users", only(falsely, Position.ASSERTS).speaker().name());
            assertEquals(PUBLISHER, only(falsely, Position.DENIES).speaker(), "\"falsely\" is the publisher's word");
            List<Proposal> quotedPost = extract("A popular Instagram post falsely claims \u201cover 1,100 people died from "
                    + "reactions to the flu shot\u201d in 2018. Anna Berg inaccurately claimed that vaccines cause autism in children.");
            assertEquals(List.of("Over 1,100 people died from reactions to the flu shot.", "Vaccines cause autism in children."),
                    quotedPost.stream().map(Proposal::claimText).toList(), "a quoted claim in its own words");
            quotedPost.forEach(p -> assertEquals(List.of(Position.ASSERTS, Position.DENIES),
                    p.stances().stream().map(ProposedStance::position).toList(), p::toString));

            List<Proposal> video = extract("A viral video claims to show Ukrainian soldiers burning a Russian flag in "
                    + "Kharkiv in 2022.");
            assertEquals("The viral video shows Ukrainian soldiers burning a Russian flag in Kharkiv in 2022.",
                    claimOf(video, only(video, Position.ASSERTS)).claimText());

            List<Proposal> interview = extract("Q: Did Russia plan to invade Ukraine?\nA: No. Russia has never planned to "
                    + "invade anyone, Lavrov said.");
            assertEquals(List.of("Russia has never planned to invade anyone."),
                    interview.stream().map(Proposal::claimText).toList(), "a question asserts nothing; \"No.\" ends");
            List<Proposal> senators = extract("Several senators said they had not been briefed about the strike.");
            assertEquals("GROUP", only(senators, Position.ASSERTS).speaker().kind());
        }

        @Test
        void organisationsByAcronymAndCountriesByTheirMinistries() {
            List<Proposal> who = extract("The WHO said on Monday that the omicron variant posed a very high risk to 40 "
                    + "countries.");
            assertEquals(new Speaker("WHO", null, "WHO", "ORGANIZATION", null), only(who, Position.ASSERTS).speaker(),
                    "\"the WHO\" is no \"the who\"");
            List<Proposal> amnesty = extract("Amnesty International accused Israel of committing war crimes in Gaza, an "
                    + "allegation Israel's foreign ministry called \"false and antisemitic\".");
            assertEquals("ORGANIZATION", only(amnesty, Position.ASSERTS).speaker().kind());
            ProposedStance denial = only(amnesty, Position.DENIES);
            assertEquals(new Speaker("Israel's foreign ministry", null, "Israel's foreign ministry", "GOVERNMENT", "Israel"),
                    denial.speaker(), "a country the registry lacks is the party a ministry suggests");
            List<Proposal> southAfrica = extract("South Africa, where the variant was first detected, said it was being "
                    + "punished for its transparency.");
            assertEquals("Government of South Africa", only(southAfrica, Position.ASSERTS).speaker().name());
            List<Proposal> however = extract("Britain's Foreign Office, however, said it had seen no evidence that "
                    + "Russian troops were withdrawing.");
            ProposedStance doubt = only(however, Position.QUESTIONS);
            assertEquals("United Kingdom", doubt.speaker().party());
            assertEquals("Russian troops were withdrawing.", claimOf(however, doubt).claimText());
        }

        @Test
        void eachOtherAndAClaimJudgedByName() {
            List<Proposal> proposals = extract("Both Moscow and Washington have accused each other of violating the "
                    + "treaty.");
            assertEquals(2, proposals.size(), "one accusation each way");
            assertEquals("s-ru", by(proposals, "Government of Russia", Position.ASSERTS).orElseThrow().speaker().sourceId());
            assertEquals("United States has been violating the treaty.", claimOf(proposals,
                    by(proposals, "Government of Russia", Position.ASSERTS).orElseThrow()).claimText());
            assertEquals("Russia has been violating the treaty.", claimOf(proposals,
                    by(proposals, "White House", Position.ASSERTS).orElseThrow()).claimText());
            List<Proposal> dated = extract("Russia and Ukraine accused each other on Wednesday of starting a night of "
                    + "shelling along their border.");
            assertEquals(List.of("Ukraine has been starting a night of shelling along their border.",
                    "Russia has been starting a night of shelling along their border."),
                    dated.stream().map(Proposal::claimText).toList(), "the time is no part of who is accused");

            List<Proposal> judged = extract("Russia's claim that it was withdrawing troops from the border is not true, "
                    + "Biden said.");
            ProposedStance denial = only(judged, Position.DENIES);
            assertEquals("Biden", denial.speaker().name());
            Proposal claim = claimOf(judged, denial);
            assertEquals("Russia was withdrawing troops from the border.", claim.claimText());
            assertEquals("s-ru", only(judged, Position.ASSERTS).speaker().sourceId(), "the claim is Russia's");
            assertEquals(1, judged.size());

            List<Proposal> view = extract("Putin claimed that Ukraine had never had a tradition of statehood. Historians "
                    + "have rejected that view.");
            assertEquals("Historians", only(view, Position.DENIES).speaker().name());
        }

        @Test
        void documentsStateWhatTheirAuthorsAllege() {
            List<Proposal> proposals = extract("The indictment alleges that the defendants laundered $40 million through "
                    + "shell companies. A lawsuit filed in Texas claims that the company misled investors. According to "
                    + "court documents, the former executive transferred $2 million to an offshore account. The study, "
                    + "published in The Lancet, found that the vaccine reduced hospitalisations by 90%. The ministry's "
                    + "figures show that 1,300 civilians were killed.");
            assertEquals(List.of("Indictment", "Lawsuit filed in Texas", "Court documents", "Study", "Ministry"),
                    proposals.stream().map(p -> p.stances().get(0).speaker().name()).toList());
            assertEquals(List.of("The defendants laundered $40 million through shell companies.",
                    "The company misled investors.", "The former executive transferred $2 million to an offshore account.",
                    "The vaccine reduced hospitalisations by 90%.", "1,300 civilians were killed."),
                    proposals.stream().map(Proposal::claimText).toList());
        }

        @Test
        void theChargesAreTheClaimSomebodyMadeNotThePublishersFactInBetween() {
            List<Proposal> proposals = extract("Prosecutors allege that Smith paid bribes to three officials. Smith has "
                    + "pleaded not guilty. His lawyer, John Brown, said the charges were \"baseless\".");
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("John Brown", denial.speaker().name());
            assertEquals("Smith paid bribes to three officials.", claimOf(proposals, denial).claimText());
            List<Proposal> denied = extract("Ukraine said Russian forces shelled the town, killing 3 people. Moscow "
                    + "denied it.");
            assertEquals("s-ru", only(denied, Position.DENIES).speaker().sourceId());
            List<Proposal> coach = extract("The club's manager, Erik ten Hag, later said the striker would miss at least "
                    + "six weeks. EU officials said the ban could take effect by the end of the year.");
            assertEquals("Erik ten Hag", coach.get(0).stances().get(0).speaker().name());
            assertEquals(new Speaker("EU officials", null, "EU officials", "GROUP", null),
                    coach.get(1).stances().get(0).speaker());
        }

        @Test
        void heIsTheSubjectOfTheSentenceBefore() {
            List<Proposal> biden = extract("President Joe Biden spoke with President Volodymyr Zelensky on Sunday. He "
                    + "said the United States would send more weapons.");
            assertEquals("Joe Biden", biden.get(1).stances().get(0).speaker().name(), "the subject, not the last name");
            List<Proposal> zelensky = extract("Zelensky thanked Biden for the support. He said Ukraine would never give "
                    + "up Crimea.");
            assertEquals("Zelensky", zelensky.get(1).stances().get(0).speaker().name(), "a lone name as the subject");
            List<Proposal> lavrov = extract("Foreign Minister Sergei Lavrov met his Turkish counterpart in Antalya. "
                    + "Speaking afterwards, he said no progress had been made on a ceasefire.");
            assertEquals("Sergei Lavrov", lavrov.get(1).stances().get(0).speaker().name());
        }

        @Test
        void singleQuotationMarksAndQuotesOfNobody() {
            List<Proposal> british = extract("\u2018Russia has no plans to attack anyone,\u2019 Peskov told reporters. "
                    + "\u2018These are lies spread by Washington.\u2019");
            assertEquals(List.of("Peskov", "Peskov"), british.stream().map(p -> p.stances().get(0).speaker().name())
                    .toList(), "the quotation in single marks goes on in the same voice");
            List<Proposal> nobody = extract("\u201cThese are lies spread by Washington.\u201d");
            assertTrue(nobody.isEmpty(), "somebody's words are never the publisher's");
        }

        @Test
        void nobodyJudgesTheirOwnSidesClaimAndMinistriesAreRemembered() {
            List<Proposal> proposals = extract("Ukraine said the plant had been hit by three Russian missiles. Russia's "
                    + "defence ministry denied that its forces had targeted the plant, saying Ukrainian air defences had "
                    + "caused the damage. Kremlin spokesman Dmitry Peskov said the accusations were \"absurd\".");
            ProposedStance peskov = by(proposals, "Dmitry Peskov", Position.DENIES).orElseThrow();
            assertEquals("Russia's forces had targeted the plant.", claimOf(proposals, peskov).claimText(),
                    "the accusation Russia denied, not Russia's own counter-claim");
            List<Proposal> again = extract("Experts say mRNA vaccines never enter the nucleus of a cell. Ukraine said "
                    + "Russian troops had shelled a school. The claim was denied by Moscow. \"There is no truth to these "
                    + "reports,\" a Kremlin spokesman said.");
            assertEquals(List.of("Russian troops had shelled a school."), again.stream()
                    .filter(p -> p.stances().stream().anyMatch(s -> s.position() == Position.DENIES))
                    .map(Proposal::claimText).toList(), "a second denial of the same claim by the same side");

            List<Proposal> energy = extract("Claims that the plant had been used to store weapons were rejected by "
                    + "Ukraine's energy ministry. According to the energy ministry, repairs will take two weeks.");
            ProposedStance denial = only(energy, Position.DENIES);
            assertEquals("The plant had been used to store weapons.", claimOf(energy, denial).claimText(),
                    "the one who rejects it is on record: no name needed");
            assertEquals("Ukraine", by(energy, "Energy ministry", Position.ASSERTS).orElseThrow().speaker().party(),
                    "\"the energy ministry\" after \"Ukraine's energy ministry\" is Ukraine's");
            List<Proposal> ministry = extract("Romania's health ministry said 18 children had died of measles. Opposition "
                    + "lawmakers accused the government of cutting funding for vaccination, a charge the ministry denied.");
            assertEquals("Romania", only(ministry, Position.DENIES).speaker().party(), "the one ministry named before");
        }

        @Test
        void aPlacePhraseAfterTheVerbAndQuotesTheRulesCannotRead() {
            List<Proposal> capitol = extract("\"This law will make it easier to vote and harder to cheat,\" Kemp told "
                    + "reporters at the state Capitol.");
            ProposedStance stance = only(capitol, Position.ASSERTS);
            assertEquals("Kemp", stance.speaker().name());
            assertEquals("This law will make it easier to vote and harder to cheat.",
                    claimOf(capitol, stance).claimText(), "\"this law\" names what it is about; a bare \"this\" does not");
            List<Proposal> unreadable = extract("\"We will win this fight,\" Kemp told a crowd of cheering supporters "
                    + "who had waited for hours.");
            assertTrue(unreadable.stream().flatMap(p -> p.stances().stream()).noneMatch(s -> s.speaker().equals(PUBLISHER)),
                    "a quote with its speaker after it is never the publisher's, even when the rules cannot read it");
            List<Proposal> officials = extract("State election officials found that four ballots had been cast in the "
                    + "names of dead voters. The Justice Department said it was reviewing the law.");
            assertEquals("State election officials", officials.get(0).stances().get(0).speaker().name());
            assertEquals("The Justice Department was reviewing the law.", officials.get(1).claimText());
        }

        @Test
        void anAccusationKeepsItsAdverb() {
            List<Proposal> proposals = extract("President Volodymyr Zelensky accused Moscow of deliberately targeting "
                    + "civilians.");
            assertEquals("Moscow has been deliberately targeting civilians.",
                    claimOf(proposals, only(proposals, Position.ASSERTS)).claimText());
        }

        @Test
        void organisationsNamedOnceAreKnownByTheirCommonNounAndWithoutTheirDescription() {
            Registry registry = new InMemoryRegistry().source("s-lab", "Labour Party", "ORGANIZATION", null, false)
                    .source("s-boe", "Bank of England", "ORGANIZATION", null, false);
            String text = "The Bank of England raised interest rates to 5.25% on Thursday. The opposition Labour Party said "
                    + "families were paying the price. The bank said it no longer expected a recession this year.";
            List<Proposal> proposals = new Extractor(registry).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
            assertEquals(List.of("s-lab", "s-boe"), proposals.stream().skip(1).map(p -> p.stances().get(0).speaker()
                    .sourceId()).toList(), "\"the opposition Labour Party\" is the Labour Party; \"the bank\" the one named");
        }

        @Test
        void registeredNamesFoundAsTheArticleWordsThem() {
            Registry registry = new InMemoryRegistry().source("s-fc", "The Financial Courier", "MEDIA_OUTLET", null, false)
                    .source("s-nx", "Nexora Semiconductor", "ORGANIZATION", null, false)
                    .source("s-bw", "Brightwater Capital", "ORGANIZATION", null, false);
            String text = "Shares of Nexora Semiconductor fell 8% on Monday. The Financial Courier said US investigators had "
                    + "opened an inquiry into the sales. Nexora said it complied with all export controls. Analysts at "
                    + "Brightwater Capital said the report could cost the company $2 billion. A former Nexora sales manager "
                    + "told the newspaper that executives had known about the shipments since 2021.";
            List<Proposal> proposals = new Extractor(registry).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
            assertEquals(List.of("s-fc", "s-nx", "s-bw"), proposals.subList(1, 4).stream()
                    .map(p -> p.stances().get(0).speaker().sourceId()).toList(),
                    "a name registered with its article, a company by its first word, analysts for their firm");
            assertEquals("Former Nexora sales manager", proposals.get(4).stances().get(0).speaker().name());
            Registry unicef = new InMemoryRegistry().source("s-un", "UNICEF", "INTERGOVERNMENTAL", null, false);
            List<Proposal> described = new Extractor(unicef).extract(new Article("The United Nations children's agency "
                    + "UNICEF warned that more than three million children were at risk.", "en", PUBLISHED, PUBLISHER));
            assertEquals("s-un", described.get(0).stances().get(0).speaker().sourceId(), "the name after its description");
        }

        @Test
        void aBodyFoundByItsWordsInAnotherOrder() {
            Registry registry = new InMemoryRegistry()
                    .source("s-doj", "United States Department of Justice", "GOVERNMENT", null, false)
                    .source("s-gov", "Office of the Governor of Georgia", "GOVERNMENT", null, false)
                    .source("s-pc", "Paris criminal court", "ORGANIZATION", null, false)
                    .source("s-lc", "Lyon criminal court", "ORGANIZATION", null, false)
                    .source("s-js", "John Smith", "PERSON", null, false)
                    .source("s-jsf", "John Smith Foundation", "ORGANIZATION", null, false);
            String text = "The Justice Department said it was reviewing the law. The governor's office said the law "
                    + "would make elections more secure. A Paris court said the evidence showed a system of corruption. "
                    + "The court said the mayor would be sentenced in May. The criminal court said the trial would resume "
                    + "in June. John Smith said the fund was empty.";
            List<Proposal> proposals = new Extractor(registry).extract(new Article(text, "en", PUBLISHED, PUBLISHER));
            assertEquals(Arrays.asList("s-doj", "s-gov", "s-pc", "s-pc", null, "s-js"), proposals.stream()
                    .map(p -> p.stances().get(0).speaker().sourceId()).toList(), "the one registered body holding every "
                    + "word, also as \"the court\" later; two criminal courts are no match; a person stays a person");
            assertEquals("Paris criminal court", proposals.get(2).stances().get(0).speaker().name());
        }

        @Test
        void aBodyQualifiedByAWordInIngSpeaks() {
            Registry registry = new InMemoryRegistry().party("p-eu", "European Union", List.of("EU"));
            List<Proposal> proposals = new Extractor(registry).extract(new Article("The European Union's monitoring "
                    + "mission said its patrols had not been able to reach the area.", "en", PUBLISHED, PUBLISHER));
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("European Union's monitoring mission", stance.speaker().name());
            assertEquals("European Union", stance.speaker().party());
            assertEquals("The European Union's monitoring mission's patrols had not been able to reach the area.",
                    claimOf(proposals, stance).claimText(), "its patrols are the mission's, not the Union's");
        }

        @Test
        void aVerdictAndTheDenialOfWrongdoing() {
            List<Proposal> proposals = extract("A Paris court on Friday found former mayor Jean Dufresne guilty of "
                    + "accepting 1.2 million euros in bribes and sentenced him to four years in prison. The court said the "
                    + "evidence showed a system of corruption. Dufresne, 67, denied wrongdoing throughout the trial.");
            Proposal verdict = proposals.get(0);
            assertEquals("Former mayor Jean Dufresne is guilty of accepting 1.2 million euros in bribes.",
                    verdict.claimText(), "what the court did next is no part of the verdict");
            assertEquals(List.of(Position.ASSERTS, Position.REPORTS, Position.DENIES),
                    verdict.stances().stream().map(ProposedStance::position).toList(),
                    "the court finds, the publisher relays, \"denied wrongdoing\" answers the verdict, not the claim before");
            assertEquals("Paris court", proposals.get(1).stances().get(0).speaker().name(), "\"the court\" named before");
            List<Proposal> acquitted = extract("The jury acquitted the officer of manslaughter in the death of 2 men.");
            assertEquals(Position.DENIES, acquitted.get(0).stances().get(0).position());
            assertTrue(extract("Dufresne denied wrongdoing.").stream().allMatch(p -> !p.claimText().contains("has been")),
                    "\"wrongdoing\" is no deed in -ing");
        }

        @Test
        void aChargeRejectedAnswersTheClaimOfItsOwnSentence() {
            List<Proposal> proposals = extract("Health Minister Sajid Javid told parliament that 246 cases had been "
                    + "confirmed. Critics accused the government of acting too slowly, a charge Javid rejected.");
            assertEquals(0, count(proposals.subList(0, 1), Position.DENIES), "the cases are not what Javid rejected");
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("The government has been acting too slowly.", claimOf(proposals, denial).claimText());
            assertEquals("Sajid Javid", denial.speaker().name());
            assertEquals(new Speaker("Critics", null, "Critics", "GROUP", null),
                    by(proposals, "Critics", Position.ASSERTS).orElseThrow().speaker());
        }

        @Test
        void heAfterAPersonWhoActedIsThatPersonNotTheLastSpeaker() {
            List<Proposal> proposals = extract("Union leader Claus Weselsky said the operator had refused to negotiate. "
                    + "Transport Minister Volker Wissing urged both sides to return to talks. He said the strike would "
                    + "cost the economy 100 million euros a day. He added that 12 trains had run.");
            assertEquals(List.of("Claus Weselsky", "Volker Wissing", "Volker Wissing"),
                    firstSpeakers(proposals).stream().map(Speaker::name).toList());

            List<Proposal> spoke = extract("Union leader Claus Weselsky said the operator had refused to negotiate. "
                    + "Transport Minister Volker Wissing said both sides should return to talks. Union leader Claus "
                    + "Weselsky said 12 trains had run. He said the strike would cost the economy 100 million euros.");
            assertEquals("Claus Weselsky", firstSpeakers(spoke).get(3).name(), "no actor: the last person who spoke");
        }

        @Test
        void aSpeakerDescribedByWhose() {
            List<Proposal> proposals = extract("State Senator Marcus Hale, whose district includes Eagle Point, said the "
                    + "utility had ignored repeated requests from residents.");
            onlyBy(proposals, Position.ASSERTS, "Marcus Hale", "The utility had ignored repeated requests from residents.");
        }

        @Test
        void noEvidenceOfAThingDoubtsTheClaimJustMadeThatNamesIt() {
            List<Proposal> proposals = extract("Posts shared on Facebook have claimed the fire was set by arsonists in "
                    + "Kyiv. The Government of Ukraine said it had found no evidence of arson and urged residents not to "
                    + "spread rumours.");
            assertEquals(1, proposals.size(), proposals::toString);
            onlyBy(proposals, Position.QUESTIONS, "Government of Ukraine", "The fire was set by arsonists in Kyiv.");

            List<Proposal> unrelated = extract("Posts shared on Facebook have claimed the fire was set by arsonists in "
                    + "Kyiv. The Government of Ukraine said it had found no evidence of damage to the dam.");
            assertEquals(0, count(unrelated, Position.QUESTIONS), "a thing the claim before does not name");
        }

        @Test
        void claimedWithoutEvidence() {
            List<Proposal> proposals = extract("Trump claimed without evidence that the election had been stolen.");
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals("Trump", stance.speaker().name());
            assertEquals("The election had been stolen.", claimOf(proposals, stance).claimText());
        }
    }

    @Nested
    class Judged {
        static final String CLAIM = "Ukraine said Russian forces had shelled Avdiivka overnight. ";

        @Test
        void aJudgementAndThenAClaimOfTheSpeakersOwn() {
            List<Proposal> proposals = extract("Belarus on Monday accused the United States of recruiting citizens into a "
                    + "spy ring. The U.S. State Department said the allegation was \u201cjust ridiculous\u201d and that the "
                    + "department was considering whether to close its embassy in Minsk. The U.S. Embassy in Minsk "
                    + "declined comment, but in Washington, U.S. State Department spokesman Tom Casey rejected the "
                    + "accusations.");
            assertEquals(List.of("The United States has been recruiting citizens into a spy ring.",
                    "The department was considering whether to close its embassy in Minsk."),
                    proposals.stream().map(Proposal::claimText).toList(), "a silence states nothing; \"U.S.\" ends no sentence");
            List<String> deniedBy = proposals.get(0).stances().stream().filter(st -> st.position() == Position.DENIES)
                    .map(st -> st.speaker().name()).toList();
            assertEquals(List.of("U.S. State Department", "Tom Casey"), deniedBy);
            assertEquals("U.S. State Department", proposals.get(1).stances().get(0).speaker().name());
        }

        @Test
        void aListOfQuotedDismissalsAHoweverAndACalledWithMoreAfterIt() {
            for (String judgement : List.of("A spokesman for President Vladimir Putin, Dmitry Peskov, said on Wednesday "
                    + "however that the allegations had been \u201ctotal bluff, an absolute fabrication, utter nonsense.\u201d",
                    "Dmitry Peskov has repeatedly called the allegations fake and aimed at delegitimizing Kyiv's losses.")) {
                List<Proposal> proposals = extract(CLAIM + judgement);
                assertEquals(1, proposals.size(), judgement);
                ProposedStance denial = only(proposals, Position.DENIES);
                assertEquals("Russian forces had shelled Avdiivka overnight.", claimOf(proposals, denial).claimText());
                assertEquals("Dmitry Peskov", denial.speaker().name(), judgement);
            }
        }

        @Test
        void claimsOfAThingJudgedAreADenialOfThatThing() {
            List<Proposal> proposals = extract("\u201cThe claims of voter fraud in Virginia during the November election "
                    + "are unfounded,\u201d Elections Commissioner Edgardo Cortes said in a statement to POLITICO.");
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("There was voter fraud in Virginia during the November election.",
                    claimOf(proposals, denial).claimText());
            assertEquals("Edgardo Cortes", denial.speaker().name());
            assertEquals("PERSON", denial.speaker().kind());
        }

        @Test
        void reportsCalledAbsurdAreADenialOfTheClaimJustProposed() {
            for (String judgement : List.of("Moscow said the claims were \u201cabsurd\u201d.",
                    "Moscow said the reports were not true.", "The Kremlin called the reports \u201cfake news\u201d.",
                    "Russia called the accusation absurd.")) {
                List<Proposal> proposals = extract(CLAIM + judgement);
                assertEquals(1, proposals.size(), judgement);
                ProposedStance denial = only(proposals, Position.DENIES);
                assertEquals("Russian forces had shelled Avdiivka overnight.", claimOf(proposals, denial).claimText());
                assertEquals("s-ru", denial.speaker().sourceId(), judgement);
            }
        }

        @Test
        void reportsCalledAccurateConfirmIt() {
            List<Proposal> proposals = extract(CLAIM + "Washington said the reports were accurate.");
            assertEquals(1, proposals.size());
            assertTrue(by(proposals, "White House", Position.ASSERTS).isPresent(), proposals::toString);
        }

        @Test
        void aJudgementThatCannotBeReadProposesNothingAboutReports() {
            List<Proposal> proposals = extract(CLAIM + "Moscow said the reports were unhelpful.");
            assertEquals(1, proposals.size(), proposals::toString);
            assertEquals(1, proposals.get(0).stances().size(), "Ukraine's only");
            List<Proposal> doubted = extract(CLAIM + "Moscow said the reports were exaggerated.");
            assertEquals("s-ru", only(doubted, Position.QUESTIONS).speaker().sourceId(), "a doubt ([doubts])");
            // and a judging verb whose object is no claim is no judgement
            List<Proposal> talks = extract(CLAIM + "Moscow called the talks constructive.");
            assertEquals(0, count(talks, Position.DENIES));
        }

        @Test
        void aClaimMoscowCalledHysteria() {
            List<Proposal> proposals = extract("The White House said Russia could invade Ukraine at any moment, a claim "
                    + "Moscow called \u201chysteria\u201d.");
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("Russia could invade Ukraine at any moment.", claimOf(proposals, denial).claimText());
            assertEquals("s-ru", denial.speaker().sourceId());
            assertEquals("a claim Moscow called \u201chysteria\u201d", denial.quote().exact());
            assertEquals("s-wh", only(proposals, Position.ASSERTS).speaker().sourceId());
        }

        @Test
        void aLieSaidOfReportsDeniesWhatTheyReport() {
            List<Proposal> proposals = extract("\u201cThis is a lie,\u201d Zakharova said of reports that Russian troops "
                    + "had crossed the border.");
            ProposedStance denial = theOneDenial(proposals);
            assertEquals("Russian troops had crossed the border.", claimOf(proposals, denial).claimText());
            assertEquals("s-zak", denial.speaker().sourceId());
            assertEquals("Russian troops had crossed the border", denial.quote().exact());
            assertEquals(1, count(proposals, Position.REPORTS), "the publisher relays the reports");
            // words that judge nothing put nobody on record but the publisher
            List<Proposal> looking = extract("\u201cWe are looking into it,\u201d Zakharova said of reports that Russian "
                    + "troops had crossed the border.");
            assertEquals(1, looking.size(), looking::toString);
            assertEquals(0, count(looking, Position.ASSERTS) + count(looking, Position.DENIES));
            assertEquals("Russian troops had crossed the border.", looking.get(0).claimText());
        }
    }

    @Nested
    class WhichDenied {
        @Test
        void whichMoscowDenied() {
            List<Proposal> proposals = extract(
                    "Kiev accused Russia of shelling the city of Kharkiv, which Moscow denied.");
            assertEquals(1, proposals.size());
            assertEquals("Russia has been shelling the city of Kharkiv.", proposals.get(0).claimText());
            assertEquals("Ukraine", only(proposals, Position.ASSERTS).speaker().party());
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("Russia", denial.speaker().party());
            assertEquals("which Moscow denied", denial.quote().exact());
        }

        @Test
        void aClaimTheKremlinDenied() {
            List<Proposal> proposals = extract(
                    "Britain said that Russian units had entered Belarus in January, a claim the Kremlin denied.");
            assertEquals("Russian units had entered Belarus in January.", proposals.get(0).claimText());
            assertEquals("s-ru", only(proposals, Position.DENIES).speaker().sourceId());
        }

        @Test
        void aRelativeClauseThatDeniesNothing() {
            List<Proposal> proposals = extract("Troops crossed into Ukraine, which Moscow called a drill.");
            assertEquals(0, count(proposals, Position.DENIES));
        }
    }

    @Nested
    class Rejecting {
        @Test
        void rejectingTheAllegationDeniesThePreviousClaimAndAssertsItsOwn() {
            List<Proposal> proposals = extract("Ukraine accused Russia of shelling Kharkiv. "
                    + "Rejecting the allegation, the Kremlin says that Ukrainian forces shelled the city of Kharkiv.");
            assertEquals(2, proposals.size());
            ProposedStance denial = only(proposals, Position.DENIES);
            assertEquals("Russia has been shelling Kharkiv.", claimOf(proposals, denial).claimText());
            assertEquals("Rejecting the allegation", denial.quote().exact());
            assertEquals("s-ru", by(proposals, "Government of Russia", Position.ASSERTS).orElseThrow()
                    .speaker().sourceId());
        }

        @Test
        void rejectingAnOfferIsNoDenial() {
            List<Proposal> proposals = extract("Ukraine accused Russia of shelling Kharkiv. "
                    + "Rejecting the offer, Kyiv said that talks would resume in March in Minsk.");
            assertEquals(0, count(proposals, Position.DENIES));
        }
    }

    @Nested
    class Hedged {
        @Test
        void saidToIsReportedByThePublisherOnly() {
            List<Proposal> proposals = extract("The minister is said to have resigned over the Kharkiv report.");
            ProposedStance stance = only(proposals, Position.REPORTS);
            assertEquals(PUBLISHER, stance.speaker());
            assertEquals("The minister has resigned over the Kharkiv report.", claimOf(proposals, stance).claimText());
            assertEquals(0, count(proposals, Position.ASSERTS));
        }

        @Test
        void hedgedClauseAndAPlainOne() {
            List<Proposal> proposals = extract("Kharkiv is expected to top the agenda, "
                    + "and Biden has promised Moscow harsh sanctions if it attacks Ukraine.");
            assertEquals(1, count(proposals, Position.REPORTS));
            assertEquals("Biden has promised Moscow harsh sanctions if it attacks Ukraine.",
                    claimOf(proposals, only(proposals, Position.ASSERTS)).claimText());
        }

        @Test
        void saidToReportersIsAnAttribution() {
            List<Proposal> proposals = extract("Zakharova said to reporters that the talks in Geneva had failed.");
            assertEquals("s-zak", only(proposals, Position.ASSERTS).speaker().sourceId());
            assertEquals(0, count(proposals, Position.REPORTS));
        }
    }

    @Nested
    class Participle {
        @Test
        void notingThatIsAFurtherClaimOfTheSameSpeaker() {
            List<Proposal> proposals = extract("Zakharova said that talks will start in Geneva on January 10, "
                    + "noting that Sergey Ryabkov will lead the Russian delegation.");
            assertEquals(List.of("Talks will start in Geneva on January 10.",
                    "Sergey Ryabkov will lead the Russian delegation."),
                    proposals.stream().map(Proposal::claimText).toList());
            proposals.forEach(p -> assertEquals("s-zak", p.stances().get(0).speaker().sourceId()));
        }

        @Test
        void aNounInIngOpensTheParticiplesClaim() {
            List<Proposal> proposals = extract("Russia's foreign ministry said a ceasefire had taken effect at 9 a.m. "
                    + "local time. Ukrainian officials disputed that, saying shelling continued into the afternoon.");
            assertEquals(List.of("A ceasefire had taken effect at 9 a.m. local time.", "Shelling continued into the afternoon."),
                    proposals.stream().map(Proposal::claimText).toList());
            assertEquals("Ukraine", by(proposals, "Ukrainian officials", Position.QUESTIONS).orElseThrow().speaker().party(),
                    "the doubt is on the ceasefire");
            assertEquals("Ukraine", claimOf(proposals, by(proposals, "Ukrainian officials", Position.ASSERTS).orElseThrow())
                    .stances().get(0).speaker().party());
            assertEquals(1, extract("Putin said that exercises will take place in February, adding training had "
                    + "begun.").size(), "\"adding\" is a participle, never the subject");
        }

        @Test
        void participleWithoutThatAddsNoClaim() {
            List<Proposal> proposals = extract("Putin said that exercises with Belarus will take place in February, "
                    + "stressing the value of the alliance.");
            assertEquals(1, proposals.size());
        }
    }

    @Nested
    class Publisher {
        @Test
        void aWordCapitalisedOnlyToOpenTheSentenceNamesNobody() {
            assertEquals(List.of("State fire investigators were at the site.",
                    "Investigators from Kyiv have not yet named a cause."), claimsOf("Investigators have not yet named "
                    + "a cause. Officials said state fire investigators were at the site. Investigators from Kyiv have "
                    + "not yet named a cause."));
        }

        @Test
        void thePublishersOwnSilenceStatesNothing() {
            List<Proposal> proposals = extract("Wire could not independently verify the group's claims about Kyiv. "
                    + "Daily Example was unable to verify the 400,000 figure.");
            assertTrue(proposals.isEmpty(), proposals::toString);
        }

        @Test
        void plainStatementsAreThePublishersHeadingsAndFurnitureAreNot() {
            List<Proposal> proposals = extract("Talks in Geneva\n\n"
                    + "Russia and the United States will meet in Geneva on January 10.\n\n"
                    + "Your email address will not be published.\n\nRelated Post");
            assertEquals(1, proposals.size());
            ProposedStance stance = only(proposals, Position.ASSERTS);
            assertEquals(PUBLISHER, stance.speaker());
            assertEquals("Russia and the United States will meet in Geneva on January 10.",
                    proposals.get(0).claimText());
        }

        @Test
        void abbreviationDoesNotEndTheSentence() {
            List<Proposal> proposals = extract("Putin met Lukashenko in St. Petersburg on Wednesday.");
            assertEquals(1, proposals.size());
            assertEquals("Putin met Lukashenko in St. Petersburg on Wednesday.", proposals.get(0).claimText());
        }

        @Test
        void anAcronymsFullStopEndsTheSentence() {
            // ICU's abbreviation filter read the "G." of "LSEG." as an initial: the next sentence became the speaker
            List<Proposal> proposals = extract("Analysts had expected revenue of $89.3 billion, according to data "
                    + "compiled by LSEG. The company said sales of its phones had grown by 6% in China. NATO said "
                    + "40,000 troops were on high alert.");
            assertEquals("data compiled by LSEG", by(proposals, "LSEG", Position.ASSERTS).orElseThrow().speaker().mention(),
                    "the data's issuer speaks");
            assertEquals("LSEG", by(proposals, "LSEG", Position.ASSERTS).orElseThrow()
                    .speaker().name());
            assertEquals(3, count(proposals, Position.ASSERTS), () -> "a stance for each of three sentences: " + proposals);
            assertTrue(by(proposals, "NATO", Position.ASSERTS).isPresent(), () -> "NATO speaks: " + proposals);
            List<Proposal> initials = extract("Putin met U.S. President Joe Biden in Geneva on June 16.");
            assertEquals(1, initials.size(), "initials still end no sentence");
            List<Proposal> number = extract("Police said 40 people were arrested outside No. 10 Downing Street.");
            assertEquals("40 people were arrested outside No. 10 Downing Street.", number.get(0).claimText());
        }

        @Test
        void aQuotedJudgementIsTheJudgesWordsNotThePublishers() {
            assertTrue(extract("Senator Raphael Warnock called the law \u201cJim Crow in new clothes\u201d.").isEmpty(),
                    "the senator's characterisation, not a fact the publisher states");
            List<Proposal> phoned = extract("Biden called Zelensky on Monday to discuss air defence.");
            assertEquals(PUBLISHER, only(phoned, Position.ASSERTS).speaker(), "a call without a quotation is an event");
        }

        @Test
        void nothingCheckableNothingProposed() {
            assertTrue(extract("It is in the interest of both countries.").isEmpty());
        }
    }

    @Test
    void aLanguageWithoutLexiconIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Extractor(REGISTRY).extract(new Article("Moscou a dit.", "xx", PUBLISHED, PUBLISHER)));
        assertTrue(Lexicon.supports("en-GB"));
        assertNull(Lexicon.forLanguage("../en").orElse(null));
    }
}
