package org.claimtrack.claims.service;

import org.claimtrack.contract.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.claimtrack.claims.domain.Claim;
import org.claimtrack.claims.domain.Position;
import org.claimtrack.claims.domain.Stance;
import org.claimtrack.claims.domain.Verdict;
import org.claimtrack.claims.api.ClaimInput;
import org.claimtrack.claims.api.Lists.BatchItem;
import org.claimtrack.claims.api.StanceInput;
import org.claimtrack.claims.api.VerdictInput;
import org.claimtrack.contract.FieldError;
import org.claimtrack.contract.BatchItems;

/**
 * Idempotent batch writes for the gateway's importer: one transaction per batch, each item CREATED,
 * UNCHANGED (its natural key exists, nothing modified) or FAILED (with errors; the others are still
 * written). Claims touched by a batch are locked in id order and recomputed once.
 */
@ApplicationScoped
public class BatchImport {

    public static final String CREATED = "CREATED";
    public static final String UNCHANGED = "UNCHANGED";
    public static final String FAILED = "FAILED";

    private final EntityManager em;
    private final BatchItems batchItems;
    private final ClaimService claims;
    private final StanceService stances;
    private final VerdictService verdicts;
    private final StatusKeeper status;

    public BatchImport(EntityManager em, BatchItems batchItems, ClaimService claims, StanceService stances,
            VerdictService verdicts, StatusKeeper status) {
        this.em = em;
        this.batchItems = batchItems;
        this.claims = claims;
        this.stances = stances;
        this.verdicts = verdicts;
        this.status = status;
    }

    /** An item read and checked, or the errors that make it FAILED. */
    private record Item<T>(int index, UUID claimId, T input, List<FieldError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    @Transactional
    public List<BatchItem> claims(List<JsonNode> body, String actor) {
        List<Item<ClaimInput>> items = read(body, ClaimInput.class, ClaimInput::normalized, false);
        Map<String, UUID> known = new HashMap<>();
        List<String> keys = items.stream().filter(Item::ok).map(i -> ClaimText.key(i.input().text())).distinct().toList();
        if (!keys.isEmpty()) {
            em.createQuery("select c.textKey, c.id from Claim c where c.textKey in :keys", Object[].class)
                    .setParameter("keys", keys).getResultList().forEach(r -> known.put((String) r[0], (UUID) r[1]));
        }
        Instant now = Timestamps.now();
        List<BatchItem> results = new ArrayList<>();
        for (Item<ClaimInput> item : items) {
            if (!item.ok()) {
                results.add(failed(item));
                continue;
            }
            results.add(once(item, ClaimText.key(item.input().text()), known,
                    () -> claims.insert(item.input(), now, actor).id));
        }
        return results;
    }

    @Transactional
    public List<BatchItem> stances(List<JsonNode> body, String actor) {
        return positions(read(body, StanceInput.class, StanceInput::normalized, true), Stance.class,
                s -> stanceKey(s.claimId, s.sourceId, s.quoteHash),
                (claim, s) -> stanceKey(claim.id, s.sourceId(), StanceService.keyHash(s)),
                (claim, s, now) -> stances.insert(claim, s, now, actor), actor);
    }

    @Transactional
    public List<BatchItem> verdicts(List<JsonNode> body, String actor) {
        return positions(read(body, VerdictInput.class, VerdictInput::normalized, true), Verdict.class,
                v -> verdictKey(v.claimId, v.rating.name(), v.reviewer, v.explanation),
                (claim, v) -> verdictKey(claim.id, v.rating().name(), v.reviewer(), v.explanation()),
                (claim, v, now) -> verdicts.insert(claim, v, now, actor), actor);
    }

    /** Persists one valid, new item on its locked claim and records it. */
    private interface Insert<I, P> {
        P into(Claim claim, I input, Instant now);
    }

    /**
     * Writes stances or verdicts, idempotent by natural key: {@code keyOnRecord} is the key of one already on record,
     * {@code keyOfItem} that of an item on its claim. Each affected claim's status is recomputed once.
     */
    private <I, P extends Position> List<BatchItem> positions(List<Item<I>> items, Class<P> type,
            Function<P, String> keyOnRecord, BiFunction<Claim, I, String> keyOfItem, Insert<I, P> insert, String actor) {
        Map<UUID, Claim> locked = lockClaims(items);
        Map<String, UUID> known = new HashMap<>();
        if (!locked.isEmpty()) {
            em.createQuery("from " + type.getSimpleName() + " p where p.claimId in :ids", type)
                    .setParameter("ids", locked.keySet()).getResultList()
                    .forEach(p -> known.put(keyOnRecord.apply(p), p.id));
        }
        Instant now = Timestamps.now();
        Map<UUID, Claim> changed = new LinkedHashMap<>();
        List<BatchItem> results = new ArrayList<>();
        for (Item<I> item : items) {
            Claim claim = item.ok() ? locked.get(item.claimId()) : null;
            if (!item.ok() || claim == null) {
                results.add(item.ok() ? missingClaim(item) : failed(item));
                continue;
            }
            results.add(once(item, keyOfItem.apply(claim, item.input()), known, () -> {
                P position = insert.into(claim, item.input(), now);
                changed.put(claim.id, claim);
                return position.id;
            }));
        }
        status.recomputeAll(changed.values(), now, actor);
        return results;
    }

    /** Reads every item (BatchItems: a body that is not a list of at most 1,000 objects is a 400 for the batch). */
    private <T> List<Item<T>> read(List<JsonNode> body, Class<T> type, UnaryOperator<T> normalize, boolean withClaimId) {
        List<Item<T>> items = new ArrayList<>();
        for (BatchItems.Parsed<T> parsed : batchItems.parse(body, type, normalize)) {
            List<FieldError> errors = new ArrayList<>();
            UUID claimId = withClaimId ? claimId(parsed.node(), errors) : null;
            errors.addAll(parsed.errors());
            if (parsed.value() != null) {
                errors.addAll(InputCheck.crossFieldErrors(parsed.value()));
            }
            items.add(new Item<>(parsed.index(), claimId, errors.isEmpty() ? parsed.value() : null, errors));
        }
        return items;
    }

    private static UUID claimId(JsonNode node, List<FieldError> errors) {
        JsonNode value = node.get("claimId");
        if (value == null || value.isNull()) {
            errors.add(new FieldError("claimId", "must not be null"));
            return null;
        }
        try {
            if (value.isTextual()) {
                return UUID.fromString(value.asText());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError("claimId", "must be a UUID string such as 3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        return null;
    }

    /** Locks the claims the valid items refer to, in id order (the lock order of every multi-claim write). */
    private Map<UUID, Claim> lockClaims(List<? extends Item<?>> items) {
        TreeSet<UUID> ids = new TreeSet<>();
        items.stream().filter(Item::ok).forEach(i -> ids.add(i.claimId()));
        Map<UUID, Claim> locked = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from Claim c where c.id in :ids order by c.id", Claim.class).setParameter("ids", ids)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(c -> locked.put(c.id, c));
        }
        return locked;
    }

    /** Every batch's idempotency: a known natural key is UNCHANGED; else {@code create} writes the item, CREATED. */
    private static BatchItem once(Item<?> item, String key, Map<String, UUID> known, Supplier<UUID> create) {
        UUID existing = known.get(key);
        if (existing != null) {
            return new BatchItem(item.index(), existing, UNCHANGED, List.of());
        }
        UUID created = create.get();
        known.put(key, created);
        return new BatchItem(item.index(), created, CREATED, List.of());
    }

    private static BatchItem failed(Item<?> item) {
        return new BatchItem(item.index(), null, FAILED, item.errors());
    }

    private static BatchItem missingClaim(Item<?> item) {
        return new BatchItem(item.index(), null, FAILED,
                List.of(new FieldError("claimId", "no claim with id " + item.claimId() + " exists")));
    }

    private static String stanceKey(UUID claimId, UUID sourceId, String quoteHash) {
        return claimId + "|" + sourceId + "|" + quoteHash;
    }

    private static String verdictKey(UUID claimId, String rating, String reviewer, String explanation) {
        return claimId + "|" + rating + "|" + reviewer + "|" + ClaimText.sha256(explanation);
    }
}
