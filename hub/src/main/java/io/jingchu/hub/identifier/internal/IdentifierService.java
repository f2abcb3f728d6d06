package io.jingchu.hub.identifier.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identifier.IdentifierApi;
import io.jingchu.hub.identifier.PersistentIdentifier;
import io.jingchu.hub.identifier.internal.IdentifierStore.ResourceRow;
import io.jingchu.hub.identifier.internal.IdentifierStore.VersionRow;
import io.jingchu.hub.ledger.LedgerApi;
import io.jingchu.hub.ledger.LedgerEntry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves handles from the module's own tables. The ledger index of a publication is looked up in the audit
 * ledger the first time a handle is resolved after the ledger has sequenced the entry (entries are appended with
 * the change and given their index moments later), and kept, so later resolutions are one row.
 */
class IdentifierService implements IdentifierApi {

    static final String RESOURCE_PUBLISHED = "RESOURCE_PUBLISHED";
    private static final int PAGE = 100;

    private final IdentifierStore store;
    private final LedgerApi ledger;
    private final IdentifierSettings settings;
    private final String publicUrl;

    IdentifierService(IdentifierStore store, LedgerApi ledger, IdentifierSettings settings, String publicUrl) {
        this.store = store;
        this.ledger = ledger;
        this.settings = settings;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public String prefix() {
        return settings.prefix();
    }

    @Override
    public Duration ttl() {
        return settings.ttl();
    }

    @Override
    public Optional<PersistentIdentifier> resolve(String prefix, String suffix) {
        HandleSyntax.check(prefix, suffix);
        if (!prefix.toLowerCase(Locale.ROOT).equals(settings.prefix().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return HandleSyntax.parse(suffix).flatMap(s -> s.versionNumber().isPresent()
                ? store.version(s.resourceCode(), s.versionNumber().get()).map(this::version)
                : store.resource(s.resourceCode()).map(this::resource));
    }

    @Override
    public String handleOf(String resourceCode) {
        return settings.prefix() + "/" + resourceCode;
    }

    @Override
    public String handleOf(String resourceCode, int versionNumber) {
        return settings.prefix() + "/" + HandleSyntax.suffixOf(resourceCode, versionNumber);
    }

    private PersistentIdentifier resource(ResourceRow r) {
        Long index = r.ledgerIndex() != null ? r.ledgerIndex() : remember(r.code(), null, publicationEntry(r.code()));
        return new PersistentIdentifier(handleOf(r.code()), r.code(), null, r.title(), r.owner(), null, index,
                page(settings.resourcePage(), r.code(), null), r.assignedAt(), r.describedAt(), r.retiredAt());
    }

    private PersistentIdentifier version(VersionRow v) {
        Long index = v.ledgerIndex() != null ? v.ledgerIndex()
                : remember(v.code(), v.number(), versionEntry(v.contentHash()));
        ResourceRow r = v.resource();
        return new PersistentIdentifier(handleOf(v.code(), v.number()), v.code(), v.number(),
                r == null ? null : r.title(), r == null ? null : r.owner(), v.contentHash(), index,
                page(settings.versionPage(), v.code(), v.number()), v.assignedAt(),
                r == null ? v.assignedAt() : r.describedAt(), r == null ? null : r.retiredAt());
    }

    private @Nullable Long remember(String code, @Nullable Integer number, Optional<Long> index) {
        index.ifPresent(i -> store.recordLedgerIndex(code, number, i));
        return index.orElse(null);
    }

    /** The resource's first publication entry: published resources only change by update or retirement. */
    private Optional<Long> publicationEntry(String code) {
        for (int offset = 0; ; offset += PAGE) {
            List<LedgerEntry> page = ledger.entriesOf(code, offset, PAGE);
            Optional<Long> found = page.stream().filter(e -> RESOURCE_PUBLISHED.equals(e.type()))
                    .map(LedgerEntry::index).findFirst();
            if (found.isPresent() || page.size() < PAGE) {
                return found;
            }
        }
    }

    private Optional<Long> versionEntry(String contentHash) {
        try {
            return Optional.of(ledger.inclusionByHash(contentHash, null).index());
        } catch (DomainException e) {
            if (e.code() == ErrorCode.LEDGER_ENTRY_NOT_FOUND || e.code() == ErrorCode.LEDGER_TREE_SIZE_INVALID) {
                return Optional.empty(); // not sequenced yet
            }
            throw e;
        }
    }

    private URI page(String template, String code, @Nullable Integer number) {
        String path = template.replace("{code}", code).replace("{number}", number == null ? "" : number.toString());
        return URI.create(publicUrl + path);
    }
}
