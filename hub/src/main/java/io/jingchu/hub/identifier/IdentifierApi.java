package io.jingchu.hub.identifier;

import java.time.Duration;
import java.util.Optional;

/**
 * Persistent identifiers: what a handle names, and the handle of a resource or version. Identifiers are assigned
 * by the module itself when resources and versions are published; nothing else creates them.
 */
public interface IdentifierApi {

    /** The prefix every handle of this hub starts with ({@code jingchu.identifier.prefix}). */
    String prefix();

    /** How long resolvers may cache what a handle resolves to ({@code jingchu.identifier.ttl}). */
    Duration ttl();

    /**
     * What the handle {@code prefix/suffix} names; empty for a handle of another prefix or one never assigned.
     * {@code FIELD_INVALID} on the field {@code prefix} or {@code suffix} when it is not a handle at all.
     */
    Optional<PersistentIdentifier> resolve(String prefix, String suffix);

    /** The handle of a resource: the prefix and the resource's code. */
    String handleOf(String resourceCode);

    /** The handle of a dataset version: the resource's handle and {@code /v} with the version's number. */
    String handleOf(String resourceCode, int versionNumber);
}
