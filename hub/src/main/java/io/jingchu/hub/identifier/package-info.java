/**
 * 持久标识: persistent identifiers in the Handle form {@code prefix/suffix} for every published resource and
 * dataset version, assigned in the transaction that publishes them, and their resolution in the Handle.net JSON
 * REST form ({@code /api/handles/…}) and as a browser redirect ({@code /id/…}). A retired resource keeps its
 * identifier, which resolves to a tombstone. Exposes {@link io.jingchu.hub.identifier.IdentifierApi} and its
 * record; owns the {@code identifier_*} tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identifier",
        allowedDependencies = {"catalog", "ingest", "ledger"})
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.identifier;
