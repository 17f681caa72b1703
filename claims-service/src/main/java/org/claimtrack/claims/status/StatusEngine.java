package org.claimtrack.claims.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The verification-status rules of Claimtrack (docs/STATUS-RULES.md) as one pure function: stances
 * and verdicts in, status, evidence, credibility and explanation out. No I/O, no framework, so the
 * stored status, the {@code asOf} recomputation and the tests all use exactly the same rules.
 */
public final class StatusEngine {

    /** Bumped whenever a rule or the credibility mapping changes; reported with every status. */
    /** 1: affiliations compared as text; 2: a source's latest stance is its position, retractions, withdrawals;
     *  3: attributions and review publication dates; 4: independence is decided on root parties (issue 14). */
    public static final int RULES_VERSION = 4;

    /** Of two stances by one source, the later stated one (then the later recorded, then the id) is its position. */
    private static final Comparator<TimedStance> STATED_ORDER = Comparator.comparing(TimedStance::statedAt)
            .thenComparing(TimedStance::createdAt).thenComparing(TimedStance::id);

    private static final String[] CREDIBILITY_MEANING = {"", "confirmed by other sources", "probably true",
        "possibly true", "doubtful", "improbable", "truth cannot be judged"};

    private StatusEngine() {
    }

    /**
     * The status at the instant {@code at} (null = on the whole record: the stored status). A stance counts when it
     * was stated by then and not retracted by then, and only as its source's position: the source's latest such
     * stance among ASSERTS, DENIES and QUESTIONS, a QUOTE or an ATTRIBUTION alike (REPORTS relays, it is no position:
     * each standing report is listed). The position is attributed (reliability counted as at most C) only when none
     * of the stances of that type the source took since it last took another position has its own words. A verdict
     * counts when it was published by then and not withdrawn by then; the latest published such verdict decides.
     */
    public static StatusOutcome evaluate(List<TimedStance> stances, List<VerdictRecord> verdicts, Instant at) {
        Map<UUID, List<TimedStance>> bySource = new LinkedHashMap<>();
        List<EvidenceStance> counted = new ArrayList<>();
        int retracted = 0;
        int said = 0;
        for (TimedStance s : stances) {
            if (!s.saidBy(at)) {
                continue;
            }
            if (s.retractedBy(at)) {
                retracted++;
            } else if (s.evidence().stance() == StanceType.REPORTS) {
                counted.add(s.evidence());
            } else {
                said++;
                bySource.computeIfAbsent(s.evidence().sourceId(), k -> new ArrayList<>()).add(s);
            }
        }
        bySource.values().forEach(taken -> counted.add(position(taken)));
        List<VerdictRecord> standing = verdicts.stream().filter(v -> v.standsAt(at)).toList();
        long withdrawn = verdicts.stream().filter(v -> v.publishedBy(at) && !v.standsAt(at)).count();
        return outcome(counted, standing, setAside(retracted, said - bySource.size(), withdrawn));
    }

    /**
     * A source's position from its standing stances: the latest stated one's type; attributed only while every stance
     * of that type since the source last took another position is an attribution (its own words restore it).
     */
    private static EvidenceStance position(List<TimedStance> taken) {
        List<TimedStance> ordered = taken.stream().sorted(STATED_ORDER.reversed()).toList();
        EvidenceStance latest = ordered.get(0).evidence();
        boolean attributed = true;
        for (TimedStance s : ordered) {
            if (s.evidence().stance() != latest.stance()) {
                break;
            }
            attributed &= s.evidence().attributed();
        }
        return attributed == latest.attributed() ? latest
                : new EvidenceStance(latest.sourceId(), latest.sourceName(), latest.affiliation(), latest.reliability(),
                        latest.stance(), attributed);
    }

    /** Every stance given counts as it is (no times): for callers that already chose the positions. */
    public static StatusOutcome evaluate(List<EvidenceStance> stances, List<VerdictRecord> verdicts) {
        return outcome(stances, verdicts.stream().filter(v -> v.standsAt(null)).toList(), "");
    }

    private static StatusOutcome outcome(List<EvidenceStance> stances, List<VerdictRecord> verdicts, String setAside) {
        Map<String, String> rootByName = rootPartiesByName(stances);
        List<Party> asserting = parties(stances, StanceType.ASSERTS, rootByName);
        List<Party> denying = parties(stances, StanceType.DENIES, rootByName);
        List<Party> questioning = parties(stances, StanceType.QUESTIONS, rootByName);
        List<Party> reporting = parties(stances, StanceType.REPORTS, rootByName);
        VerificationStatus evidenceStatus = evidenceStatus(asserting.size(), denying.size());
        VerdictRecord verdict = latest(verdicts);
        VerificationStatus status = verdict == null ? evidenceStatus : verdict.rating().status();
        int credibility = verdict == null ? credibility(evidenceStatus, asserting, denying) : credibility(verdict.rating());
        String explanation = explain(status, evidenceStatus, credibility, asserting, denying, questioning, reporting, verdict,
                setAside);
        return new StatusOutcome(status, evidenceStatus, credibility, asserting, denying, questioning, reporting,
                verdict, explanation, RULES_VERSION);
    }

    /**
     * The comparison key of a source's party: its root party's id (aliases, parent parties and memberOf already
     * resolved by the sources-service); for a snapshot without one, its affiliation folded for case and whitespace;
     * with neither, the source itself (an independent source is its own party).
     */
    public static String partyKey(EvidenceStance stance) {
        return partyKey(stance, Map.of());
    }

    /**
     * As above; a snapshot from before root parties whose folded affiliation is the name of a root party among the
     * same claim's stances joins that party (the migration named each party after the affiliation it came from),
     * so an old "Russia" and a new Russia are not counted as two independent parties.
     */
    static String partyKey(EvidenceStance stance, Map<String, String> rootByName) {
        if (stance.rootPartyId() != null) {
            return "party:" + stance.rootPartyId();
        }
        String folded = foldAffiliation(stance.affiliation());
        return folded.isEmpty() ? "source:" + stance.sourceId() : rootByName.getOrDefault(folded, folded);
    }

    /** Folded root party name → its key, for the snapshots that have a root party. */
    private static Map<String, String> rootPartiesByName(List<EvidenceStance> stances) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (EvidenceStance s : stances) {
            if (s.rootPartyId() != null && !tidy(s.rootPartyName()).isEmpty()) {
                byName.putIfAbsent(foldAffiliation(s.rootPartyName()), "party:" + s.rootPartyId());
            }
        }
        return byName;
    }

    /** What the evidence calls the party: the root party's name, else the affiliation, else the source's name. */
    static String partyName(EvidenceStance stance) {
        if (stance.rootPartyId() != null && !tidy(stance.rootPartyName()).isEmpty()) {
            return tidy(stance.rootPartyName());
        }
        return tidy(stance.affiliation()).isEmpty() ? tidy(stance.sourceName()) : tidy(stance.affiliation());
    }

    /** Case- and whitespace-insensitive form of an affiliation ("" when none). */
    public static String foldAffiliation(String affiliation) {
        return tidy(affiliation).toLowerCase(Locale.ROOT);
    }

    static VerificationStatus evidenceStatus(int assertingParties, int denyingParties) {
        if (assertingParties == 0 && denyingParties == 0) {
            return VerificationStatus.UNSOURCED;
        }
        if (assertingParties == 0) {
            return VerificationStatus.DENIED;
        }
        if (denyingParties > 0) {
            return VerificationStatus.DISPUTED;
        }
        return assertingParties == 1 ? VerificationStatus.SINGLE_PARTY : VerificationStatus.CORROBORATED;
    }

    /** Admiralty 1..6 from the latest verdict: the reviewer's conclusion outranks the stances. */
    static int credibility(Rating rating) {
        return switch (rating) {
            case TRUE -> 1;
            case MOSTLY_TRUE -> 2;
            case MIXED -> 3;
            case MOSTLY_FALSE -> 4;
            case FALSE -> 5;
            case UNVERIFIABLE -> 6;
        };
    }

    /** Admiralty 1..6 from the evidence: more independent parties and more reliable sources rank higher. */
    static int credibility(VerificationStatus evidenceStatus, List<Party> asserting, List<Party> denying) {
        return switch (evidenceStatus) {
            case CORROBORATED -> {
                long reliable = asserting.stream().filter(p -> p.bestReliability().isReliable()).count();
                long fair = asserting.stream().filter(p -> p.bestReliability().isAtLeastFair()).count();
                yield reliable >= 2 ? 1 : fair >= 2 ? 2 : 3;
            }
            case SINGLE_PARTY -> asserting.get(0).bestReliability().isReliable() ? 3 : 4;
            case DISPUTED -> 4;
            case DENIED -> denying.stream().anyMatch(p -> p.bestReliability().isReliable()) ? 5 : 4;
            default -> 6;
        };
    }

    private static VerdictRecord latest(List<VerdictRecord> verdicts) {
        return verdicts.stream()
                .max(Comparator.comparing(VerdictRecord::publishedAt).thenComparingInt(VerdictRecord::seq))
                .orElse(null);
    }

    /** Groups the stances of one type into parties, each source listed once, in a stable order. */
    private static List<Party> parties(List<EvidenceStance> stances, StanceType type, Map<String, String> rootByName) {
        Map<String, List<EvidenceStance>> byKey = new LinkedHashMap<>();
        for (EvidenceStance s : stances) {
            if (s.stance() == type) {
                byKey.computeIfAbsent(partyKey(s, rootByName), k -> new ArrayList<>()).add(s);
            }
        }
        List<Party> parties = new ArrayList<>();
        byKey.forEach((key, members) -> {
            // a root party's own name outranks the affiliation text of an old snapshot in the same party
            String name = partyName(members.stream().filter(m -> m.rootPartyId() != null).findFirst().orElse(members.get(0)));
            Map<Object, Party.PartySource> sources = new LinkedHashMap<>();
            for (EvidenceStance m : members) {
                // attributed only while none of the source's stances of this type has its own words
                boolean attributed = m.attributed()
                        && (!sources.containsKey(m.sourceId()) || sources.get(m.sourceId()).attributed());
                sources.put(m.sourceId(), new Party.PartySource(m.sourceId(),
                        sources.containsKey(m.sourceId()) ? sources.get(m.sourceId()).name() : m.sourceName(),
                        sources.containsKey(m.sourceId()) ? sources.get(m.sourceId()).reliability() : m.reliability(),
                        attributed));
            }
            List<Party.PartySource> sorted = sources.values().stream()
                    .sorted(Comparator.comparing((Party.PartySource ps) -> ps.name().toLowerCase(Locale.ROOT))
                            .thenComparing(ps -> ps.sourceId().toString()))
                    .toList();
            parties.add(new Party(name, key, sorted));
        });
        parties.sort(Comparator.comparing((Party p) -> p.party().toLowerCase(Locale.ROOT)).thenComparing(Party::key));
        return List.copyOf(parties);
    }

    private static String tidy(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** What was on record by then but no longer counts, in words ("" when nothing). */
    private static String setAside(int retracted, int superseded, long withdrawn) {
        StringBuilder text = new StringBuilder();
        if (superseded > 0) {
            text.append(' ').append(count(superseded, "earlier stance")).append(superseded == 1
                    ? " does not count: its source took a later position." : " do not count: their sources took later positions.");
        }
        if (retracted > 0) {
            text.append(' ').append(count(retracted, "retracted stance")).append(retracted == 1 ? " does" : " do")
                    .append(" not count.");
        }
        if (withdrawn > 0) {
            text.append(' ').append(count((int) withdrawn, "withdrawn verdict")).append(withdrawn == 1 ? " does" : " do")
                    .append(" not count.");
        }
        return text.toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String explain(VerificationStatus status, VerificationStatus evidenceStatus, int credibility,
            List<Party> asserting, List<Party> denying, List<Party> questioning, List<Party> reporting,
            VerdictRecord verdict, String setAside) {
        StringBuilder text = new StringBuilder();
        if (asserting.isEmpty() && denying.isEmpty()) {
            text.append("No source asserts or denies this claim on record.");
        } else {
            text.append(side("Asserted", asserting)).append(asserting.isEmpty() || denying.isEmpty() ? "" : "; ")
                    .append(asserting.isEmpty() ? side("Denied", denying) : side("denied", denying)).append('.');
        }
        if (!questioning.isEmpty()) {
            text.append(' ').append(side("Questioned", questioning))
                    .append(" (questioning is shown but does not count as evidence).");
        }
        if (!reporting.isEmpty()) {
            text.append(' ').append(side("Reported", reporting))
                    .append(" (relaying a claim never corroborates it).");
        }
        text.append(setAside);
        text.append(" Evidence status ").append(evidenceStatus).append(": ").append(reason(evidenceStatus)).append('.');
        if (verdict != null) {
            text.append(" The latest verdict, ").append(verdict.rating()).append(" by ").append(verdict.reviewer())
                    .append(" published ").append(verdict.publishedAt()).append(", makes the status ").append(status)
                    .append('.');
        }
        text.append(" Credibility ").append(credibility).append(" (").append(CREDIBILITY_MEANING[credibility])
                .append(").");
        return text.toString();
    }

    private static String side(String verb, List<Party> parties) {
        if (parties.isEmpty()) {
            return "";
        }
        String list = parties.stream()
                .map(p -> p.party() + " (" + p.sources().stream()
                        // an unaffiliated source is its own party: its name is already said
                        .map(s -> (s.name().equals(p.party()) ? "" : s.name() + ", ") + "reliability " + s.reliability()
                                + (s.attributed() ? ", by attribution only: counted as at most C" : ""))
                        .collect(Collectors.joining("; ")) + ")")
                .collect(Collectors.joining(", "));
        return verb + " by " + parties.size() + (parties.size() == 1 ? " party: " : " independent parties: ") + list;
    }

    private static String reason(VerificationStatus evidenceStatus) {
        return switch (evidenceStatus) {
            case UNSOURCED -> "nobody asserts or denies it";
            case SINGLE_PARTY -> "it is asserted by one party only and nobody denies it";
            case CORROBORATED -> "independent parties assert it and nobody denies it";
            case DISPUTED -> "at least one party asserts it and at least one denies it";
            case DENIED -> "it is denied and nobody asserts it";
            default -> throw new IllegalStateException("not an evidence status: " + evidenceStatus);
        };
    }
}
