package io.jingchu.hub.query.internal;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.DataAccess;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.access.ReadGrant;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.DatasetVersions;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every data read: find the resource, ask {@code access} whether this caller may read it, pick the
 * version, and afterwards record the read (rows and outcome) for the audit trail. Refusals are recorded too, once
 * the resource exists; a resource that does not exist leaves no record.
 */
public final class DataReads {

    /**
     * Looks resources up whoever asks, so that {@code access} (not the catalog's visibility) gives the answer
     * for a resource the caller may not read; {@code access} itself keeps invisible resources invisible.
     */
    private static final Caller LOOKUP = new Caller(-1, "query-lookup", Set.of(Role.AUDITOR), null);

    private final CatalogApi catalog;
    private final AccessApi access;
    private final DatasetVersions versions;

    public DataReads(CatalogApi catalog, AccessApi access, DatasetVersions versions) {
        this.catalog = catalog;
        this.access = access;
        this.versions = versions;
    }

    /** A read under way, with the API token it came with (null without one) for the record. */
    public record Read(Caller caller, String clientAddress, @Nullable Long apiTokenId, DataResource resource,
            ReadGrant grant, DatasetVersion version, AccessKind kind) {
    }

    /** The resource, if it exists at all (no access decision). */
    public java.util.Optional<DataResource> resource(String code) {
        return catalog.find(LOOKUP, code);
    }

    /**
     * Starts a read: the resource must exist and be readable by the caller, and have the version asked for
     * ({@code version} as the request gave it; null for the newest). {@code apiTokenId} is the API token the request
     * came with, null without one.
     */
    public Read begin(Caller caller, String clientAddress, @Nullable Long apiTokenId, String code,
            @Nullable String version, AccessKind kind) {
        DataResource resource = resource(code)
                .orElseThrow(() -> DomainException.onField(ErrorCode.RESOURCE_NOT_FOUND, "code", code));
        ReadGrant grant = authorize(caller, clientAddress, apiTokenId, resource, kind);
        DatasetVersion chosen;
        try {
            chosen = version(code, version);
        } catch (DomainException e) {
            record(caller, clientAddress, apiTokenId, resource, null, kind, 0, e.code().name());
            throw e;
        }
        return new Read(caller, clientAddress, apiTokenId, resource, grant, chosen, kind);
    }

    /**
     * Starts a read of a resource and version the caller (a page of the portal, without an API token) has read
     * already: the access decision and, on refusal, its record, without looking either up again.
     */
    public Read begin(Caller caller, String clientAddress, DataResource resource, DatasetVersion version,
            AccessKind kind) {
        if (!version.resourceCode().equals(resource.code())) {
            throw new IllegalArgumentException("version " + version.number() + " is not of " + resource.code());
        }
        ReadGrant grant = authorize(caller, clientAddress, null, resource, kind);
        return new Read(caller, clientAddress, null, resource, grant, version, kind);
    }

    /** Checks access to a resource for a read that reads its newest version (a DataStore SQL statement). */
    public Read beginLatest(Caller caller, String clientAddress, @Nullable Long apiTokenId, DataResource resource,
            AccessKind kind) {
        ReadGrant grant = authorize(caller, clientAddress, apiTokenId, resource, kind);
        DatasetVersion latest = versions.latest(resource.code()).orElseThrow(() -> {
            record(caller, clientAddress, apiTokenId, resource, null, kind, 0, ErrorCode.VERSION_NOT_FOUND.name());
            return DomainException.onField(ErrorCode.VERSION_NOT_FOUND, "version", resource.code());
        });
        return new Read(caller, clientAddress, apiTokenId, resource, grant, latest, kind);
    }

    /** The access decision for a read; a refusal is recorded before it is thrown. */
    private ReadGrant authorize(Caller caller, String clientAddress, @Nullable Long apiTokenId, DataResource resource,
            AccessKind kind) {
        try {
            return access.authorizeRead(caller, resource);
        } catch (DomainException e) {
            record(caller, clientAddress, apiTokenId, resource, null, kind, 0, e.code().name());
            throw e;
        }
    }

    public void succeeded(Read read, long rows) {
        record(read.caller(), read.clientAddress(), read.apiTokenId(), read.resource(), read.version().number(),
                read.kind(), rows, "OK");
    }

    public void failed(Read read, RuntimeException failure) {
        String outcome = failure instanceof DomainException e ? e.code().name() : ErrorCode.INTERNAL_ERROR.name();
        record(read.caller(), read.clientAddress(), read.apiTokenId(), read.resource(), read.version().number(),
                read.kind(), 0, outcome);
    }

    private DatasetVersion version(String code, @Nullable String number) {
        if (number == null || number.isBlank()) {
            return versions.latest(code)
                    .orElseThrow(() -> DomainException.onField(ErrorCode.VERSION_NOT_FOUND, "version", code));
        }
        int n;
        try {
            n = Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "version");
        }
        if (n < 1) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "version");
        }
        return versions.find(code, n)
                .orElseThrow(() -> DomainException.onField(ErrorCode.VERSION_NOT_FOUND, "version", code + " v" + n));
    }

    private void record(Caller caller, String clientAddress, @Nullable Long apiTokenId, DataResource resource,
            @Nullable Integer version, AccessKind kind, long rows, String outcome) {
        access.record(new DataAccess(caller.username(), caller.userId(), Objects.requireNonNullElse(clientAddress, ""),
                apiTokenId, resource.code(), version, kind, rows, outcome), resource.organizationId());
    }
}
