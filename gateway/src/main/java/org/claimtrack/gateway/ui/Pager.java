package org.claimtrack.gateway.ui;

import org.claimtrack.gateway.model.Page;

/** Page numbers for a list's navigation (shown 1-based, linked 0-based as the API counts). */
public record Pager(int index, int count) {

    public static Pager of(Page<?> page) {
        int size = Math.max(1, page.size());
        int count = (int) Math.max(1, (page.total() + size - 1) / size);
        return new Pager(page.page(), count);
    }

    /** The pager of a page read by cursor: the API answers page 0, the address numbers it. */
    public static Pager of(Page<?> page, int index) {
        return new Pager(index, of(page).count());
    }

    public int number() {
        return index + 1;
    }

    public boolean hasPrevious() {
        return index > 0;
    }

    public boolean hasNext() {
        return index + 1 < count;
    }

    public int previousIndex() {
        return index - 1;
    }

    public int nextIndex() {
        return index + 1;
    }
}
