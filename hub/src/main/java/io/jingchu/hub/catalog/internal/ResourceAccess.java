package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.search.SearchScope;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;

/**
 * Who sees and who changes which resource (docs/access.md). Reading is decided here alone; writing is
 * decided here first, then by the lifecycle and the rules.
 */
final class ResourceAccess {

    private ResourceAccess() {
    }

    /**
     * ADMIN and AUDITOR see everything; a PUBLISHER its own organization's resources in any state and the
     * published ones that are shared or open; everyone else the published ones that are open.
     */
    static boolean canSee(Caller caller, DataResource resource) {
        if (caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)) {
            return true;
        }
        if (caller.has(Role.PUBLISHER) && caller.organizationId() != null
                && caller.organizationId() == resource.organizationId()) {
            return true;
        }
        if (resource.state() != LifecycleState.PUBLISHED) {
            return false;
        }
        if (resource.opening().attribute() != OpeningAttribute.NONE) {
            return true;
        }
        return caller.has(Role.PUBLISHER) && resource.sharing().attribute() != SharingAttribute.NONE;
    }

    /** The same rule, as the search index applies it. */
    static SearchScope scope(Caller caller) {
        if (caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)) {
            return SearchScope.EVERYTHING;
        }
        if (caller.has(Role.PUBLISHER)) {
            return new SearchScope(false, true, caller.organizationId());
        }
        return SearchScope.PUBLIC;
    }

    /** Only ADMIN and PUBLISHER write at all. */
    static void requireWriter(Caller caller) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.PUBLISHER)) {
            throw DomainException.of(ErrorCode.ACCESS_DENIED);
        }
    }

    /** Edits and submissions: ADMIN, or a PUBLISHER of the owning organization. */
    static void requireActsFor(Caller caller, long organizationId) {
        requireWriter(caller);
        if (!caller.actsFor(organizationId)) {
            throw DomainException.onField(ErrorCode.NOT_OWN_ORGANIZATION, "organizationId");
        }
    }

    /** Publishing, rejecting and retiring are the data bureau's decisions. */
    static void requireBureau(Caller caller) {
        requireWriter(caller);
        if (!caller.has(Role.ADMIN)) {
            throw DomainException.of(ErrorCode.ONLY_BUREAU_DECIDES);
        }
    }

    /** Figures about the whole ledger are for those who keep, audit or feed it. */
    static void requireStatisticsReader(Caller caller) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.AUDITOR) && !caller.has(Role.PUBLISHER)) {
            throw DomainException.of(ErrorCode.ACCESS_DENIED);
        }
    }

    static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw DomainException.of(ErrorCode.ACCESS_DENIED);
        }
    }
}
