package org.claimtrack.sources.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimtrack.sources.domain.VersionedEntity;

/** One query for many ids: what was found in request order (duplicates once), and what was not. */
record Lookup<V>(List<V> found, List<UUID> missing) {

    static <E extends VersionedEntity, V> Lookup<V> of(List<UUID> ids, Function<List<UUID>, List<E>> load,
            Function<E, V> view) {
        List<UUID> wanted = List.copyOf(new LinkedHashSet<>(ids));
        Map<UUID, E> byId = wanted.isEmpty() ? Map.of()
                : load.apply(wanted).stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        return new Lookup<>(
                wanted.stream().filter(byId::containsKey).map(id -> view.apply(byId.get(id))).toList(),
                wanted.stream().filter(id -> !byId.containsKey(id)).toList());
    }
}
