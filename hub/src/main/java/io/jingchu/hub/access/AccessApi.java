package io.jingchu.hub.access;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.identity.Caller;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

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

    /**
     * Records one read of a resource whose owning organization the caller has already looked up (every read
     * has), sparing the lookup on each request.
     */
    void record(DataAccess access, long organizationId);

    /**
     * Applies for a conditionally open resource the caller may see, with the purpose the data will serve and,
     * optionally, the last day it is wanted. Only for a signed-in caller who has no other way to read it (not
     * ADMIN, AUDITOR or the owning organization's publisher: {@code ACCESS_DENIED}); only for published
     * 有条件开放 resources ({@code NOT_CONDITIONALLY_OPEN}); one pending or valid approved application per user
     * and resource ({@code APPLICATION_PENDING}).
     */
    AccessApplication apply(Caller caller, String resourceCode, @Nullable String purpose,
            @Nullable LocalDate wishedUntil);

    /** One application the caller may see (its own, its organization's, or any for ADMIN and AUDITOR). */
    AccessApplication application(Caller caller, long id);

    /** The applications the caller may see: its own, its organization's incoming, or all for ADMIN and AUDITOR. */
    Page<AccessApplication> applications(Caller caller, ApplicationQuery query);

    /**
     * Approves a pending application (the owning organization's publisher or ADMIN). Without an expiry the
     * approval ends with the day the applicant asked for, or never if it asked for none.
     */
    AccessApplication approve(Caller caller, long id, @Nullable Instant expiresAt, @Nullable String comment);

    /** Refuses a pending application; the reason is required. */
    AccessApplication refuse(Caller caller, long id, @Nullable String reason);

    /** Revokes an approval, from now on; the reason is required. */
    AccessApplication revoke(Caller caller, long id, @Nullable String reason);

    /** The applicant takes back its own pending application. */
    AccessApplication withdraw(Caller caller, long id);

    /**
     * Recorded data accesses, newest first: all of them for ADMIN and AUDITOR, those of its own organization's
     * resources for a PUBLISHER (without client addresses), none for anyone else ({@code ACCESS_DENIED}).
     */
    Page<AccessRecord> accessRecords(Caller caller, AccessRecordQuery query);

    /**
     * Data reads recorded since this month began in the hub's time zone, by everyone: a public figure (the
     * portal's "API calls this month"), one indexed count.
     */
    long readsThisMonth();

    /**
     * The caller's own reads per day over the last {@code days} days, and today's quota of the credentials the
     * request came with: the API token with this id, or the user itself when null.
     */
    UsageSummary usage(Caller caller, @Nullable Long apiTokenId, int days);
}
