package org.claimtrack.gateway.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, as every service answers it. */
public record Page<T>(
        List<T> items,
        @Schema(description = "The page number asked for; 0 when the page was asked for by `cursor`", example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "Every item matching the filters, on every page (also when paging by `cursor`)", example = "1") long total,
        @Schema(description = NEXT, example = NEXT_EXAMPLE) String next) {

    /**
     * Only the claim lists and the stance pages (claims-service) page by keyset; the other lists page by number.
     * Kept in one generic type so that every list has one shape; {@code next} is absent where it does not apply.
     */
    public static final String NEXT = "Cursor of the next page, on the lists that take `cursor` (claims, the ClaimReview "
            + "feed, a source's or document's stances): pass it as `cursor` with the same sort and filters to read the items "
            + "after this page's last one, by keyset (deep pages cost what the first does; claims written meanwhile neither "
            + "shift nor repeat items). Opaque and URL-safe. Absent on the last page, with sort=relevance and q (page by "
            + "number), and on lists that page by number only";
    public static final String NEXT_EXAMPLE = "azF8dXBkYXRlZEF0LGRlc2N8MTY0MDg2MjAwMDAwMDAwMHwzZmE4NWY2NC01NzE3LTQ1NjItYjNmYy0yYzk2M2Y2NmFmYTY";
    /** A cursor of a stance page (their one order, statedAt desc): a claim list's cursor is refused there. */
    public static final String STANCE_NEXT_EXAMPLE = "azF8c3RhdGVkQXQsZGVzY3wxNjQwODYyMDAwMDAwMDAwfDNmYTg1ZjY0LTU3MTctNDU2Mi1iM2ZjLTJjOTYzZjY2YWZhNg";

    /** A page of a list that pages by number only. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }
}
