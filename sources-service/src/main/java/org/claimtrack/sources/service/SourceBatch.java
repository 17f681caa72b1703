package org.claimtrack.sources.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.claimtrack.sources.domain.Source;
import org.claimtrack.sources.api.SourceBatchItem;
import org.claimtrack.contract.FieldError;
import org.claimtrack.contract.BatchItems.Parsed;
import org.claimtrack.sources.service.BatchResult.Item;

/**
 * One run of {@code POST /sources/batch}, inside the caller's transaction. Natural key: the name,
 * case-insensitively. A name already stored (or repeated within the batch) is UNCHANGED; a parent
 * named with {@code memberOfName} may be stored or another item of the batch, which is then written
 * first, so parents always precede their members. The affiliation resolves as for a single write (a typo
 * fails the item, naming the candidates). Every check happens before anything is written, so a FAILED
 * item never leaves a row behind.
 */
final class SourceBatch {

    private final List<Parsed<SourceBatchItem>> items;
    private final Item[] results;
    private final boolean[] inProgress;
    private final Map<String, Integer> firstByKey = new HashMap<>();
    private Map<String, Source> stored;
    private Set<UUID> storedParentIds;

    private final PartyService parties;
    private final PartyNames partyNames = new PartyNames();

    SourceBatch(List<Parsed<SourceBatchItem>> items, PartyService parties) {
        this.items = items;
        this.parties = parties;
        this.results = new Item[items.size()];
        this.inProgress = new boolean[items.size()];
    }

    BatchResult run() {
        Set<String> keys = new HashSet<>();
        Set<UUID> parentIds = new HashSet<>();
        for (Parsed<SourceBatchItem> item : items) {
            if (!item.valid()) {
                results[item.index()] = Item.failed(item.index(), item.errors());
                continue;
            }
            keys.add(Source.key(item.value().name));
            if (item.value().memberOfName != null) {
                keys.add(Source.key(item.value().memberOfName));
            }
            if (item.value().memberOfId != null) {
                parentIds.add(item.value().memberOfId);
            }
        }
        stored = SourceService.byNameKey(keys);
        storedParentIds = parentIds.isEmpty() ? Set.of()
                : new HashSet<>(Source.<Source>find("select id from Source where id in ?1", List.copyOf(parentIds))
                        .project(UUID.class).list());
        for (Parsed<SourceBatchItem> item : items) {
            if (item.valid()) {
                String key = Source.key(item.value().name);
                Source existing = stored.get(key);
                if (existing != null) {
                    results[item.index()] = Item.unchanged(item.index(), existing.id);
                } else {
                    firstByKey.putIfAbsent(key, item.index());
                }
            }
        }
        firstByKey.values().forEach(this::write);
        for (Parsed<SourceBatchItem> item : items) {
            if (results[item.index()] == null) {
                int first = firstByKey.get(Source.key(item.value().name));
                Item firstResult = results[first];
                results[item.index()] = firstResult.outcome() == BatchResult.Outcome.CREATED
                        ? Item.unchanged(item.index(), firstResult.id())
                        : Item.failed(item.index(), List.of(new FieldError("name",
                                "same name as item " + first + ", which failed")));
            }
        }
        Source.flush();
        return new BatchResult(List.of(results));
    }

    /** Writes item {@code index} after its parent, unless a check fails. */
    private void write(int index) {
        if (results[index] != null) {
            return;
        }
        if (inProgress[index]) {
            results[index] = Item.failed(index, List.of(new FieldError("memberOfName",
                    "membership cannot form a cycle (the items of this batch name each other)")));
            return;
        }
        inProgress[index] = true;
        SourceBatchItem item = items.get(index).value();
        List<FieldError> errors = new ArrayList<>();
        UUID parent = resolveParent(item, errors);
        inProgress[index] = false;
        if (results[index] != null) {
            return; // marked as closing a cycle while its parent was written
        }
        if (!errors.isEmpty()) {
            results[index] = Item.failed(index, errors);
            return;
        }
        // last check: it creates the party when the affiliation is new
        PartyService.Resolution party = parties.resolve(partyNames, item.partyId, item.affiliation, item.confirmsNewParty());
        if (!party.errors().isEmpty()) {
            results[index] = Item.failed(index, party.errors());
            return;
        }
        Source source = new Source();
        source.initAsNew();
        item.memberOfId = parent;
        SourceService.apply(source, item, party.party());
        source.persist();
        results[index] = Item.created(index, source.id);
    }

    private UUID resolveParent(SourceBatchItem item, List<FieldError> errors) {
        if (item.memberOfId != null && item.memberOfName != null) {
            errors.add(new FieldError("memberOfName", "give memberOfId or memberOfName, not both"));
            return null;
        }
        if (item.memberOfId != null) {
            if (!storedParentIds.contains(item.memberOfId)) {
                errors.add(new FieldError("memberOfId", "source " + item.memberOfId + " does not exist"));
            }
            return item.memberOfId;
        }
        if (item.memberOfName == null) {
            return null;
        }
        String key = Source.key(item.memberOfName);
        Source existing = stored.get(key);
        if (existing != null) {
            return existing.id;
        }
        Integer parentIndex = firstByKey.get(key);
        if (parentIndex == null) {
            errors.add(new FieldError("memberOfName", "no source named \"" + item.memberOfName + "\" exists"));
            return null;
        }
        write(parentIndex);
        Item parent = results[parentIndex];
        if (parent == null || parent.outcome() != BatchResult.Outcome.CREATED) {
            errors.add(new FieldError("memberOfName", "its parent (item " + parentIndex + ") could not be written"));
            return null;
        }
        return parent.id();
    }
}
