package org.claimtrack.gateway.ui;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.claimtrack.gateway.model.ClaimStatus;

/**
 * The claims page's filters, bound from and written back to the URL so that a filtered list is
 * shareable and the back button works. Blank values mean "no filter".
 */
public class ClaimFilters {

    static final int PAGE_SIZE = 25;
    private static final java.util.Set<String> DESK = java.util.Set.of("mine", "review", "overdue");

    @QueryParam("q")
    public String q;
    @QueryParam("status")
    public String status;
    @QueryParam("party")
    public String party;
    @QueryParam("tag")
    public String tag;
    @QueryParam("topic")
    public String topic;
    @QueryParam("language")
    public String language;
    @QueryParam("page")
    public String page;
    /**
     * The claims API's cursor of this page, when it was reached by "Next": the list is read by keyset (as cheap on
     * page 2,000 as on page 1, and claims written meanwhile do not shift it); {@code page} then only numbers it.
     */
    @QueryParam("cursor")
    public String cursor;
    /** The desk's filters: assigned to the signed-in user, waiting for a reviewer, past the due date. */
    @QueryParam("mine")
    public String mine;
    @QueryParam("review")
    public String review;
    @QueryParam("overdue")
    public String overdue;

    /** Who "mine" means (set by the page from the signed-in user; blank for a visitor, who has nothing assigned). */
    String me;

    public boolean isMine() {
        return blankToNull(mine) != null && me != null && !me.isBlank();
    }

    public boolean isReview() {
        return blankToNull(review) != null;
    }

    public boolean isOverdue() {
        return blankToNull(overdue) != null;
    }

    public String q() {
        return blankToNull(q);
    }

    public String party() {
        return blankToNull(party);
    }

    public String tag() {
        return blankToNull(tag);
    }

    public String topic() {
        return blankToNull(topic);
    }

    public String language() {
        return blankToNull(language);
    }

    /** The chosen status, or null when none or when the URL holds a value that is not a status. */
    public ClaimStatus status() {
        String value = blankToNull(status);
        if (value == null) {
            return null;
        }
        try {
            return ClaimStatus.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public int pageNumber() {
        return Forms.pageIndex(page);
    }

    public boolean isFiltered() {
        return q() != null || status() != null || party() != null || tag() != null || topic() != null || language() != null
                || isMine() || isReview() || isOverdue();
    }

    /** Link to the same filters with another status (null clears it); back to the first page. */
    public String withStatus(ClaimStatus other) {
        Map<String, String> params = params();
        params.remove("page");
        if (other == null) {
            params.remove("status");
        } else {
            params.put("status", other.name());
        }
        return link(params);
    }

    /** Link to the next page by the list's cursor, numbered {@code number} (0-based) for the pager. */
    public String nextPage(int number, String next) {
        Map<String, String> params = params();
        params.put("page", Integer.toString(number));
        params.put("cursor", next);
        return link(params);
    }

    public String cursor() {
        return blankToNull(cursor);
    }

    /** Link to another page of the same filters. */
    public String atPage(int number) {
        Map<String, String> params = params();
        if (number > 0) {
            params.put("page", Integer.toString(number));
        } else {
            params.remove("page");
        }
        return link(params);
    }

    /** The filters as the claims API takes them (without paging). */
    public MultivaluedMap<String, String> toQuery() {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        params().forEach((name, value) -> {
            if (!"page".equals(name) && !DESK.contains(name)) {
                query.putSingle(name, value);
            }
        });
        if (isMine()) {
            query.putSingle("assignee", me);
        }
        if (isReview()) {
            query.putSingle("workStatus", "IN_REVIEW");
        }
        if (isOverdue()) {
            query.putSingle("overdue", "true");
        }
        return query;
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        putIfPresent(params, "q", q());
        putIfPresent(params, "status", status() == null ? null : status().name());
        putIfPresent(params, "party", party());
        putIfPresent(params, "tag", tag());
        putIfPresent(params, "topic", topic());
        putIfPresent(params, "language", language());
        putIfPresent(params, "mine", isMine() ? "1" : null);
        putIfPresent(params, "review", isReview() ? "1" : null);
        putIfPresent(params, "overdue", isOverdue() ? "1" : null);
        if (pageNumber() > 0) {
            params.put("page", Integer.toString(pageNumber()));
        }
        return params;
    }

    private static void putIfPresent(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static String link(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", "/?", "").setEmptyValue("/");
        params.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
