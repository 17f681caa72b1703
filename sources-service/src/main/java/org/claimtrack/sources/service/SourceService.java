package org.claimtrack.sources.service;

import org.claimtrack.contract.BatchItems;
import org.claimtrack.contract.Timestamps;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Parameters;
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
import org.claimtrack.sources.domain.Reliability;
import org.claimtrack.sources.domain.Source;
import org.claimtrack.sources.domain.SourceKind;
import org.claimtrack.sources.api.Lists.SourceLookup;
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

    /** The list filters; null = no filter. An empty {@code affiliation} selects independent sources. */
    public record Filter(String q, SourceKind kind, String affiliation, Reliability reliability) {
    }

    public Source get(UUID id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw Problems.notFound("Source", id);
        }
        return source;
    }

    @Transactional
    public Source create(SourceInput input) {
        rejectDuplicateName(input.name, null);
        Source source = new Source();
        source.id = UUID.randomUUID();
        requireMemberOf(source.id, input.memberOfId);
        apply(source, input);
        source.createdAt = source.updatedAt = Timestamps.now();
        source.persistAndFlush();
        return source;
    }

    @Transactional
    public Source update(UUID id, String ifMatch, SourceInput input) {
        Source source = get(id);
        Versions.check(ifMatch, source.version);
        rejectDuplicateName(input.name, id);
        requireMemberOf(id, input.memberOfId);
        if (apply(source, input)) {
            source.updatedAt = Timestamps.now();
            Source.flush();
        }
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
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("nameKey like :q escape '\\'");
            params.and("q", Pages.contains(Source.key(filter.q().strip())));
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.affiliation() != null) {
            where.add("affiliationKey = :affiliation");
            params.and("affiliation", Source.key(filter.affiliation().strip()));
        }
        if (filter.reliability() != null) {
            where.add("reliability = :reliability");
            params.and("reliability", filter.reliability());
        }
        var query = Source.<Source>find(String.join(" and ", where), Sort.by("nameKey").and("id"), params);
        List<SourceView> items = Pages.slice(query, page, size).stream().map(SourceView::of).toList();
        return new SourcePage(items, page, size, query.count());
    }

    public SourceLookup lookup(List<UUID> ids) {
        Lookup<SourceView> lookup = Lookup.of(ids, wanted -> Source.<Source>list("id in ?1", wanted), SourceView::of);
        return new SourceLookup(lookup.found(), lookup.missing());
    }

    /** Idempotent by name: see {@link SourceBatch}. */
    @Transactional
    public BatchResult batch(List<BatchItems.Parsed<SourceBatchItem>> items) {
        return new SourceBatch(items).run();
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

    /** Copies the input onto the entity; tells whether anything changed (no change = no new version). */
    static boolean apply(Source source, SourceInput input) {
        String affiliation = input.affiliation == null ? "" : input.affiliation;
        Reliability reliability = input.reliability == null ? Reliability.F : input.reliability;
        boolean changed = !Objects.equals(source.name, input.name) || source.kind != input.kind
                || !Objects.equals(source.affiliation, affiliation) || source.reliability != reliability
                || !Objects.equals(source.memberOfId, input.memberOfId) || !Objects.equals(source.country, input.country)
                || !Objects.equals(source.url, input.url) || !Objects.equals(source.description, input.description);
        source.setName(input.name);
        source.kind = input.kind;
        source.setAffiliation(affiliation);
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
