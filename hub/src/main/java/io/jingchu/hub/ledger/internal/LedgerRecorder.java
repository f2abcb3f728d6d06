package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.CanonicalJson;
import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.ApplicationChanged;
import io.jingchu.hub.access.DataAccess;
import io.jingchu.hub.access.DataAccessRecorded;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.ResourceEvent;
import io.jingchu.hub.ingest.DatasetVersionPublished;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;

/**
 * Turns the facts other modules publish into ledger entries. The listeners are synchronous, so each entry is
 * written in the transaction of the change it records: both commit or neither does. An entry is canonical JSON
 * with a format version {@code v}, its {@code type}, the time {@code at}, the {@code actor}, the
 * {@code resource} code and a {@code payload} per type (see docs/ledger.md).
 */
class LedgerRecorder {

    static final int FORMAT = 1;

    private final EntryStore entries;

    LedgerRecorder(EntryStore entries) {
        this.entries = entries;
    }

    @EventListener
    void on(ResourceEvent event) {
        DataResource r = event.resource();
        Map<String, Object> payload = new HashMap<>();
        payload.put("title", r.title());
        payload.put("state", r.state().name());
        payload.put("version", r.version());
        payload.put("organizationId", r.organizationId());
        payload.put("organization", r.organizationName());
        payload.put("grade", r.grade().name());
        payload.put("sharing", r.sharing().attribute().name());
        payload.put("opening", r.opening().attribute().name());
        if (event instanceof ResourceEvent.ResourceRejected) {
            payload.put("reason", r.rejectionReason());
        }
        append(type(event), event.at(), event.actor(), r.code(), null, payload);
    }

    private static String type(ResourceEvent event) {
        if (event instanceof ResourceEvent.ResourceRegistered) {
            return "RESOURCE_REGISTERED";
        } else if (event instanceof ResourceEvent.ResourceUpdated) {
            return "RESOURCE_UPDATED";
        } else if (event instanceof ResourceEvent.ResourceSubmitted) {
            return "RESOURCE_SUBMITTED";
        } else if (event instanceof ResourceEvent.ResourcePublished) {
            return "RESOURCE_PUBLISHED";
        } else if (event instanceof ResourceEvent.ResourceRejected) {
            return "RESOURCE_REJECTED";
        }
        return "RESOURCE_RETIRED";
    }

    @EventListener
    void on(DatasetVersionPublished event) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("number", event.number());
        payload.put("rows", event.rowCount());
        payload.put("bytes", event.byteSize());
        payload.put("contentHash", event.contentHash());
        payload.put("qualityScore", BigDecimal.valueOf(event.qualityScore()).toPlainString());
        payload.put("loadJob", event.jobId());
        append("VERSION_PUBLISHED", event.publishedAt(), event.username(), event.resourceCode(), event.contentHash(),
                payload);
    }

    @EventListener
    void on(ApplicationChanged event) {
        AccessApplication a = event.application();
        Map<String, Object> payload = new HashMap<>();
        payload.put("application", a.id());
        payload.put("state", a.state().name());
        payload.put("applicant", a.applicant());
        payload.put("purpose", a.purpose());
        payload.put("expiresAt", a.expiresAt() == null ? null : time(a.expiresAt()));
        String actor;
        Instant at;
        switch (a.state()) {
            case PENDING -> {
                actor = a.applicant();
                at = a.createdAt();
            }
            case REVOKED -> {
                actor = orUnknown(a.revokedBy());
                at = orElse(a.revokedAt(), a.createdAt());
                payload.put("reason", a.revocationReason());
            }
            default -> {
                actor = orUnknown(a.decidedBy());
                at = orElse(a.decidedAt(), a.createdAt());
                payload.put("reason", a.decisionNote());
            }
        }
        append("ACCESS_APPLICATION_" + a.state().name(), at, actor, a.resourceCode(), null, payload);
    }

    /** Who read what, how much and with what outcome; never the client's address, the log being public. */
    @EventListener
    void on(DataAccessRecorded event) {
        DataAccess access = event.access();
        Map<String, Object> payload = new HashMap<>();
        payload.put("kind", access.kind().name());
        payload.put("version", access.versionNumber());
        payload.put("rows", access.rows());
        payload.put("outcome", access.outcome());
        append("DATA_ACCESS", event.at(), access.username(), access.resourceCode(), null, payload);
    }

    private void append(String type, Instant at, String actor, @Nullable String resourceCode,
            @Nullable String subjectHash, Map<String, Object> payload) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("v", FORMAT);
        entry.put("type", type);
        entry.put("at", time(at));
        entry.put("actor", actor);
        entry.put("resource", resourceCode);
        entry.put("payload", payload);
        entries.append(type, resourceCode, subjectHash, at, CanonicalJson.bytes(entry));
    }

    /** ISO-8601 in UTC to the microsecond, the precision both databases keep. */
    static String time(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static String orUnknown(@Nullable String actor) {
        return actor == null ? "unknown" : actor;
    }

    private static Instant orElse(@Nullable Instant at, Instant otherwise) {
        return at == null ? otherwise : at;
    }
}
