package io.jingchu.hub.catalog;

import java.time.Instant;

/**
 * Facts about a resource's life, published in the same transaction as the change: the search index and
 * (later) the audit ledger listen to them. Each carries the resource as it is after the change.
 */
public sealed interface ResourceEvent {

    DataResource resource();

    /** Login name of who did it. */
    String actor();

    Instant at();

    /** 登记: a resource was registered as a draft. */
    record ResourceRegistered(DataResource resource, String actor, Instant at) implements ResourceEvent {
    }

    /** 变更: its metadata changed. */
    record ResourceUpdated(DataResource resource, String actor, Instant at) implements ResourceEvent {
    }

    /** 提交审核. */
    record ResourceSubmitted(DataResource resource, String actor, Instant at) implements ResourceEvent {
    }

    /** 发布: the data bureau approved it. */
    record ResourcePublished(DataResource resource, String actor, Instant at) implements ResourceEvent {
    }

    /** 驳回, with the reason in {@code resource.rejectionReason()}. */
    record ResourceRejected(DataResource resource, String actor, Instant at) implements ResourceEvent {
    }

    /** 下线. */
    record ResourceRetired(DataResource resource, String actor, Instant at) implements ResourceEvent {
    }
}
