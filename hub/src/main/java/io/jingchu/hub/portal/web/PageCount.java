package io.jingchu.hub.portal.web;

/** How many pages a list of results fills; an empty list is still one (empty) page to show. */
final class PageCount {

    private PageCount() {
    }

    static long of(long total, int pageSize) {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
