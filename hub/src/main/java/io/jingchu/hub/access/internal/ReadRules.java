package io.jingchu.hub.access.internal;

import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.ReadGrant;
import io.jingchu.hub.access.ReadGrant.Basis;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may read a resource's rows (docs/access.md, "Who reads a resource's data"). Oversight and ownership
 * come first; for everyone else the resource must be published and its opening attribute decides. Anyone
 * without an approved application for conditionally open data hears {@code APPLICATION_REQUIRED}, anonymous
 * callers too: one answer for one missing thing, whoever asks.
 */
final class ReadRules {

    /** What the rules need to know beyond the caller and the resource; looked up only when needed. */
    interface Facts {

        /** Whether the catalog shows this resource to this caller at all. */
        boolean visible(Caller caller, DataResource resource);

        /** The caller's pending or approved application for the resource, if it has one. */
        Optional<AccessApplication> liveApplication(Caller caller, DataResource resource);
    }

    private ReadRules() {
    }

    static ReadGrant decide(Caller caller, DataResource resource, Instant now, Facts facts) {
        if (caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)) {
            return new ReadGrant(Basis.OVERSIGHT, null, null);
        }
        if (caller.has(Role.PUBLISHER) && caller.actsFor(resource.organizationId())) {
            return new ReadGrant(Basis.OWNER, null, null);
        }
        OpeningAttribute opening = resource.opening().attribute();
        if (resource.state() != LifecycleState.PUBLISHED || opening == OpeningAttribute.NONE) {
            if (!facts.visible(caller, resource)) {
                throw DomainException.onField(ErrorCode.RESOURCE_NOT_FOUND, "code", resource.code());
            }
            throw DomainException.onField(ErrorCode.DATA_NOT_OPEN, "code", resource.code());
        }
        if (opening == OpeningAttribute.UNCONDITIONAL) {
            return new ReadGrant(Basis.UNCONDITIONAL, null, null);
        }
        if (!caller.isAnonymous()) {
            Optional<AccessApplication> approved = facts.liveApplication(caller, resource).filter(a -> a.grantsAt(now));
            if (approved.isPresent()) {
                return new ReadGrant(Basis.APPLICATION, approved.get().id(), approved.get().expiresAt());
            }
        }
        throw DomainException.onField(ErrorCode.APPLICATION_REQUIRED, "code", resource.code());
    }
}
