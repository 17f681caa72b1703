package org.claimtrack.sources.service;

import org.claimtrack.contract.BatchItems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimtrack.sources.domain.Document;
import org.claimtrack.sources.domain.Party;
import org.claimtrack.sources.domain.Reliability;
import org.claimtrack.sources.domain.Source;
import org.claimtrack.sources.domain.SourceKind;
import org.claimtrack.sources.api.Lists.PartyChains;
import org.claimtrack.sources.api.Lists.SourceLookup;
import org.claimtrack.sources.api.PartyChain;
import org.claimtrack.sources.api.Lists.SourcePage;
import org.claimtrack.sources.api.SourceBatchItem;
import org.claimtrack.sources.api.SourceInput;
import org.claimtrack.sources.api.SourceView;
import org.claimtrack.contract.ProblemDocument.Reference;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.Versions;

/** Sources: uniqueness of names, member-of integrity, and the guarded writes. */
@ApplicationScoped
public class SourceService {

    private static final int REFERENCES_SHOWN = 20;

    private final PartyService parties;

    public SourceService(PartyService parties) {
        this.parties = parties;
    }

    /**
     * The list filters; null = no filter. {@code affiliation} is a party's name or alias (empty: sources with no
     * party of their own); {@code partyId} their own party.
     */
    public record Filter(String q, SourceKind kind, String affiliation, UUID partyId, Reliability reliability) {
    }

    public Source get(UUID id) {
        return Source.<Source>findByIdOptional(id).orElseThrow(() -> Problems.notFound("Source", id));
    }

    @Transactional
    public Source create(SourceInput input) {
        rejectDuplicateName(input.name, null);
        Source source = new Source();
        source.initAsNew();
        requireMemberOf(source.id, input.memberOfId);
        apply(source, input, partyOf(input));
        source.persistAndFlush();
        return source;
    }

    @Transactional
    public Source update(UUID id, String ifMatch, SourceInput input) {
        Source source = get(id);
        Versions.check(ifMatch, source.version);
        rejectDuplicateName(input.name, id);
        requireMemberOf(id, input.memberOfId);
        source.flushIfChanged(apply(source, input, partyOf(input)));
        return source;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Source source = get(id);
        Versions.check(ifMatch, source.version);
        rejectIfReferenced(source);
        source.delete();
        Source.flush();
    }

    public SourcePage list(Filter filter, int page, int size) {
        Where where = new Where()
                .given(filter.q(), "nameKey like :q escape '\\'", "q", q -> Pages.contains(Source.key(q.strip())))
                .given(filter.kind(), "kind = :kind", "kind");
        if (filter.affiliation() != null && filter.affiliation().isBlank()) {
            where.and("partyId is null");
        } else if (filter.affiliation() != null) {
            Party party = new PartyNames().exact(filter.affiliation());
            where.and("partyId = :affiliation", "affiliation", party == null ? null : party.id);
        }
        where.given(filter.partyId(), "partyId = :partyId", "partyId")
                .given(filter.reliability(), "reliability = :reliability", "reliability");
        var query = Source.<Source>find(where.query(), Sort.by("nameKey").and("id"), where.params());
        List<SourceView> items = Pages.slice(query, page, size).stream().map(PartyTree::view).toList();
        return new SourcePage(items, page, size, query.count());
    }

    public SourceLookup lookup(List<UUID> ids) {
        Lookup<SourceView> lookup = Lookup.of(ids, wanted -> Source.<Source>list("id in ?1", wanted), PartyTree::view);
        return new SourceLookup(lookup.found(), lookup.missing());
    }

    /** How each source's root party was decided, in request order (duplicates once), and the ids that do not exist. */
    public PartyChains partyChains(List<UUID> ids) {
        Lookup<PartyChain> lookup = Lookup.of(ids, wanted -> Source.<Source>list("id in ?1", wanted), PartyTree::chain);
        return new PartyChains(lookup.found(), lookup.missing());
    }

    /** Idempotent by name: see {@link SourceBatch}. */
    @Transactional
    public BatchResult batch(List<BatchItems.Parsed<SourceBatchItem>> items) {
        return new SourceBatch(items, parties).run();
    }

    void rejectDuplicateName(String name, UUID self) {
        Source existing = Source.find("nameKey", Source.key(name)).firstResult();
        if (existing != null && !existing.id.equals(self)) {
            throw Problems.duplicate("A source named \"" + existing.name + "\" already exists", "name", existing.id);
        }
    }

    /** 422 unless the parent exists and membership stays free of cycles. */
    void requireMemberOf(UUID self, UUID parent) {
        if (parent == null) {
            return;
        }
        if (Source.findById(parent) == null) {
            throw Problems.unprocessable("memberOfId", "source " + parent + " does not exist");
        }
        if (MembershipChain.wouldCycle(self, parent, id -> Source.<Source>findByIdOptional(id).map(s -> s.memberOfId).orElse(null))) {
            throw Problems.unprocessable("memberOfId",
                    "source " + parent + " is this source or one of its members: membership cannot form a cycle");
        }
    }

    /** The party the input names (created if new and confirmed or not close to another): see PartyService. */
    private Party partyOf(SourceInput input) {
        return parties.forSource(new PartyNames(), input.partyId, input.affiliation, input.confirmsNewParty());
    }

    /** Copies the input onto the entity; tells whether anything changed (no change = no new version). */
    static boolean apply(Source source, SourceInput input, Party party) {
        UUID partyId = party == null ? null : party.id;
        Reliability reliability = input.reliability == null ? Reliability.F : input.reliability;
        boolean changed = !Objects.equals(source.name, input.name) || source.kind != input.kind
                || !Objects.equals(source.partyId, partyId) || source.reliability != reliability
                || !Objects.equals(source.memberOfId, input.memberOfId) || !Objects.equals(source.country, input.country)
                || !Objects.equals(source.url, input.url) || !Objects.equals(source.description, input.description);
        source.setName(input.name);
        source.kind = input.kind;
        source.partyId = partyId;
        source.reliability = reliability;
        source.memberOfId = input.memberOfId;
        source.country = input.country;
        source.url = input.url;
        source.description = input.description;
        return changed;
    }

    private void rejectIfReferenced(Source source) {
        var members = Source.<Source>find("memberOfId", Sort.by("nameKey").and("id"), source.id);
        var documents = Document.<Document>find("publisherId", Sort.by("titleKey").and("id"), source.id);
        long memberCount = members.count();
        long documentCount = documents.count();
        if (memberCount + documentCount == 0) {
            return;
        }
        List<Reference> references = new ArrayList<>();
        members.range(0, REFERENCES_SHOWN - 1).list()
                .forEach(s -> references.add(new Reference("SOURCE", s.id, s.name)));
        documents.range(0, REFERENCES_SHOWN - 1).list()
                .forEach(d -> references.add(new Reference("DOCUMENT", d.id, d.title)));
        String names = references.stream().map(r -> "\"" + r.name() + "\"").collect(Collectors.joining(", "));
        throw HttpProblem.builder().withStatus(Status.CONFLICT).withTitle(Status.CONFLICT.getReasonPhrase())
                .withDetail("Source \"" + source.name + "\" is still referenced by " + memberCount
                        + " member source(s) and " + documentCount + " document(s) it published: " + names
                        + ". Remove or re-point those first.")
                .with("references", references).build();
    }

    /** Existing sources by lower-case name, one query. */
    static Map<String, Source> byNameKey(Iterable<String> keys) {
        List<String> list = new ArrayList<>();
        keys.forEach(list::add);
        Map<String, Source> found = new HashMap<>();
        if (!list.isEmpty()) {
            Source.<Source>list("nameKey in ?1", list).forEach(s -> found.put(s.nameKey, s));
        }
        return found;
    }
}
