package org.claimtrack.gateway.ui;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One page of a searchable list (sources, documents): the query for the service, and the link the pager appends a
 * page index to, which keeps the search.
 *
 * @param search the search as typed, or null when blank
 */
record ListSearch(String search, MultivaluedMap<String, String> query, String pageLink) {

    static final int PAGE_SIZE = 50;

    static ListSearch of(String path, String q, String page) {
        String search = ClaimFilters.blankToNull(q);
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        if (search != null) {
            query.putSingle("q", search);
        }
        query.putSingle("page", Integer.toString(Forms.pageIndex(page)));
        query.putSingle("size", Integer.toString(PAGE_SIZE));
        String pageLink = path + "?" + (search == null ? "" : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&")
                + "page=";
        return new ListSearch(search, query, pageLink);
    }
}
