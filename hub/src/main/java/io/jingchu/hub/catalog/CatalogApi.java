package io.jingchu.hub.catalog;

import io.jingchu.hub.common.ValidationException.Violation;
import io.jingchu.hub.identity.Caller;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The ledger of data resources. Every write checks who is calling and the ledger's rules, runs in one
 * transaction, records history and publishes a {@link ResourceEvent}. Writes that name a version fail
 * with {@code CONCURRENT_MODIFICATION} when the resource has moved on.
 */
public interface CatalogApi {

    DataResource register(Caller caller, ResourceDraft draft);

    DataResource update(Caller caller, String code, long expectedVersion, ResourceDraft draft);

    /**
     * What the ledger's rules say of a draft, writing nothing: every malformed or missing member, and (when the
     * grade, sharing and opening are given) every broken rule on them; empty when {@link #register} would accept
     * it as far as its content goes. For forms that check as they are filled in.
     */
    List<Violation> check(ResourceDraft draft);

    DataResource submit(Caller caller, String code, long expectedVersion);

    /** ADMIN only. */
    DataResource publish(Caller caller, String code, long expectedVersion);

    /** ADMIN only; the reason is required. */
    DataResource reject(Caller caller, String code, long expectedVersion, String reason);

    /** ADMIN only. */
    DataResource retire(Caller caller, String code, long expectedVersion, @Nullable String reason);

    /** The resource if this caller may see it (see docs/access.md for who sees what). */
    Optional<DataResource> find(Caller caller, String code);

    /** The resource, or {@code RESOURCE_NOT_FOUND} when it does not exist or the caller may not see it. */
    DataResource get(Caller caller, String code);

    /** Its changes, oldest first. */
    List<ResourceChange> history(Caller caller, String code);

    /** The changes of a resource already read with {@link #get}, oldest first, without reading it again. */
    default List<ResourceChange> history(Caller caller, DataResource resource) {
        return history(caller, resource.code());
    }

    /** Search among what this caller may see. */
    SearchResult search(Caller caller, SearchQuery query);

    /** "一本账" figures for a division and everything below it, or the whole ledger when null. */
    LedgerStatistics statistics(Caller caller, @Nullable String divisionCode);

    /** Every resource, in id order, for rebuilding indexes and exporting whole catalogs. */
    void forEach(Consumer<DataResource> action);

    /** Rebuilds the search index from the database (ADMIN only); returns how many were indexed. */
    long reindex(Caller caller);
}
