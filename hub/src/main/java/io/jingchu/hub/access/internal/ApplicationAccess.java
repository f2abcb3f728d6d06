package io.jingchu.hub.access.internal;

import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;

/**
 * Who sees, makes and decides applications. The applicant sees its own; the owning organization's
 * publishers see and decide those for their resources; ADMIN sees and decides all, AUDITOR sees all.
 */
final class ApplicationAccess {

    private ApplicationAccess() {
    }

    static boolean canSee(Caller caller, AccessApplication application) {
        return caller.has(Role.ADMIN) || caller.has(Role.AUDITOR) || isApplicant(caller, application)
                || ownsResource(caller, application);
    }

    static boolean canDecide(Caller caller, AccessApplication application) {
        return caller.has(Role.ADMIN) || ownsResource(caller, application);
    }

    static boolean isApplicant(Caller caller, AccessApplication application) {
        return !caller.isAnonymous() && caller.userId() == application.applicantId();
    }

    /** Those who read the resource by their role need no application, and may not make one. */
    static boolean readsWithoutApplication(Caller caller, DataResource resource) {
        return caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)
                || caller.has(Role.PUBLISHER) && caller.actsFor(resource.organizationId());
    }

    private static boolean ownsResource(Caller caller, AccessApplication application) {
        return caller.has(Role.PUBLISHER) && caller.organizationId() != null
                && caller.organizationId() == application.organizationId();
    }
}
