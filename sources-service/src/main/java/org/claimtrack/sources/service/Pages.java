package org.claimtrack.sources.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;

/** Page slicing that stays correct for page numbers whose offset does not fit an int. */
final class Pages {

    private Pages() {
    }

    static <T> List<T> slice(PanacheQuery<T> query, int page, int size) {
        long first = (long) page * size;
        if (first > Integer.MAX_VALUE - size) {
            return List.of();
        }
        return query.range((int) first, (int) first + size - 1).list();
    }

    /** {@code %text%} for a LIKE with escape character '\'. */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
