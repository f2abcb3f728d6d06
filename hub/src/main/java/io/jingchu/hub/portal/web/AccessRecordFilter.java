package io.jingchu.hub.portal.web;

import io.jingchu.hub.access.AccessRecordQuery;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The access record page's filters as they stand in its address: a resource, a user, a kind of read, the API token
 * the reads came with (by its id), a range of days (in the hub's day, both ends included) and a page. A garbled
 * value is refused naming its parameter, so that a typo never widens what is listed.
 */
record AccessRecordFilter(@Nullable String resource, @Nullable String user, @Nullable AccessKind kind,
        @Nullable Long token, @Nullable LocalDate from, @Nullable LocalDate to, int page) {

    static final int PAGE_SIZE = 20;

    static AccessRecordFilter of(@Nullable String resource, @Nullable String user, @Nullable String kind,
            @Nullable String token, @Nullable String from, @Nullable String to, @Nullable String page) {
        return new AccessRecordFilter(Forms.blankToNull(resource), Forms.blankToNull(user), kind(kind), token(token),
                Forms.date(from, "from"), Forms.date(to, "to"), SearchState.page(page));
    }

    /** The access module's query for this page; the last day is included whole. */
    AccessRecordQuery query() {
        return new AccessRecordQuery(resource, user, start(from), to == null ? null : start(to.plusDays(1)), kind,
                token, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** This filter's address at another page. */
    String url(int otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/console/access-records");
        put(uri, "resource", resource);
        put(uri, "user", user);
        put(uri, "kind", kind == null ? null : kind.name());
        put(uri, "token", token == null ? null : token.toString());
        put(uri, "from", from == null ? null : from.toString());
        put(uri, "to", to == null ? null : to.toString());
        if (otherPage > 1) {
            uri.queryParam("page", otherPage);
        }
        return uri.encode().build().toUriString();
    }

    private static void put(UriComponentsBuilder uri, String name, @Nullable String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static @Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(DeveloperController.DAY_ZONE).toInstant();
    }

    /** A token's id; whether it is one that exists does not matter, an unknown one lists nothing. */
    private static @Nullable Long token(@Nullable String value) {
        String token = Forms.blankToNull(value);
        if (token == null) {
            return null;
        }
        try {
            long id = Long.parseLong(token);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.onField(ErrorCode.FIELD_INVALID, "token", token);
    }

    private static @Nullable AccessKind kind(@Nullable String value) {
        String kind = Forms.blankToNull(value);
        if (kind == null) {
            return null;
        }
        try {
            return AccessKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.onField(ErrorCode.UNKNOWN_VALUE, "kind", kind);
        }
    }
}
