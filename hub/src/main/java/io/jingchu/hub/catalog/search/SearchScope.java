package io.jingchu.hub.catalog.search;

import org.jspecify.annotations.Nullable;

/**
 * Which resources a search may return, derived from the caller (docs/access.md):
 * <ul>
 *   <li>{@code everything}: ADMIN and AUDITOR see every resource in every state;</li>
 *   <li>otherwise published resources that are open (opening attribute not 不予开放);</li>
 *   <li>plus, with {@code sharedCatalog}, published resources shared with government bodies (sharing
 *       attribute not 不予共享): a PUBLISHER's view of the sharing catalog;</li>
 *   <li>plus every resource of {@code ownOrganization}, whatever its state: a PUBLISHER's own ledger.</li>
 * </ul>
 */
public record SearchScope(boolean everything, boolean sharedCatalog, @Nullable Long ownOrganization) {

    public static final SearchScope EVERYTHING = new SearchScope(true, true, null);
    public static final SearchScope PUBLIC = new SearchScope(false, false, null);
}
