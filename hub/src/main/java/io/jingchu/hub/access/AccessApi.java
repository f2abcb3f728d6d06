package io.jingchu.hub.access;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.identity.Caller;

/**
 * Who may read which open data: the opening attribute decides, applications for conditionally open data
 * (有条件开放) grant access, and every read is recorded. Rate limits and quotas are enforced on the data
 * endpoints themselves (see {@code access.web}).
 */
public interface AccessApi {

    /**
     * Whether this caller may read the resource's rows now. Throws {@code RESOURCE_NOT_FOUND} when the
     * caller may not even see it, {@code DATA_NOT_OPEN} for 不予开放 data, and
     * {@code APPLICATION_REQUIRED} for conditionally open data without an approved application.
     */
    ReadGrant authorizeRead(Caller caller, DataResource resource);

    /** Records one read for the audit trail, in its own transaction. */
    void record(DataAccess access);
}
