package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LedgerStatistics;
import io.jingchu.hub.catalog.LedgerStatistics.DivisionCount;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.ResourceChange;
import io.jingchu.hub.catalog.ResourceChange.FieldChange;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.ResourceEvent;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.catalog.internal.LifecycleTransitions.Action;
import io.jingchu.hub.catalog.search.ResourceIndex;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.ValidationException.Violation;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.RegionApi;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The ledger itself. Each write runs in one transaction: check who is calling, where the resource is in
 * its lifecycle and the rules; store the new value only if nobody changed it meanwhile; append the
 * history entry; publish the event. The search index follows after commit ({@link SearchIndexUpdater}).
 */
class CatalogService implements CatalogApi {

    private static final int REASON_MAX = 2000;
    private static final int LOCK_ATTEMPTS = 5;

    private final ResourceStore store;
    private final IdentityApi identity;
    private final RegionApi regions;
    private final ResourceIndex index;
    private final ApplicationEventPublisher events;
    private final TransactionOperations tx;
    private final Clock clock;

    CatalogService(ResourceStore store, IdentityApi identity, RegionApi regions, ResourceIndex index,
            ApplicationEventPublisher events, TransactionOperations tx, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.regions = regions;
        this.index = index;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public DataResource register(Caller caller, ResourceDraft draft) {
        return retryingOnLockConflict(() -> inTransaction(() -> {
            ResourceAccess.requireWriter(caller);
            Organization owner = owner(caller, draft.organizationId());
            ResourceRules.check(draft);
            String code = draft.code() == null ? generateCode(owner) : unusedCode(draft.code());
            Instant now = now();
            DataResource resource = build(0, code, draft, owner, LifecycleTransitions.initial(), null, 1, now, now,
                    null);
            try {
                resource = store.insert(resource);
            } catch (DuplicateKeyException raced) {
                throw DomainException.onField(ErrorCode.DUPLICATE_CODE, "code", code);
            }
            record(null, resource, Action.REGISTER, caller, null);
            return resource;
        }));
    }

    @Override
    public DataResource update(Caller caller, String code, long expectedVersion, ResourceDraft draft) {
        return write(code, () -> {
            ResourceAccess.requireWriter(caller);
            DataResource current = visible(caller, code);
            ResourceAccess.requireActsFor(caller, current.organizationId());
            long ownerId = draft.organizationId() == null ? current.organizationId() : draft.organizationId();
            ResourceAccess.requireActsFor(caller, ownerId);
            requireVersion(current, expectedVersion);
            LifecycleState state = LifecycleTransitions.next(current.state(), Action.UPDATE);
            if (draft.code() != null && !draft.code().equals(current.code())) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, "code", draft.code());
            }
            Organization owner = organization(ownerId);
            ResourceRules.check(draft);
            DataResource updated = build(current.id(), current.code(), draft, owner, state,
                    current.rejectionReason(), current.version() + 1, current.createdAt(), now(),
                    current.publishedAt());
            if (ResourceDiff.between(current, updated).isEmpty()) {
                return current;
            }
            return save(current, updated, Action.UPDATE, caller, null);
        });
    }

    @Override
    public DataResource submit(Caller caller, String code, long expectedVersion) {
        return transition(caller, code, expectedVersion, Action.SUBMIT, null);
    }

    @Override
    public DataResource publish(Caller caller, String code, long expectedVersion) {
        return transition(caller, code, expectedVersion, Action.PUBLISH, null);
    }

    @Override
    public DataResource reject(Caller caller, String code, long expectedVersion, String reason) {
        return transition(caller, code, expectedVersion, Action.REJECT, reason);
    }

    @Override
    public DataResource retire(Caller caller, String code, long expectedVersion, @Nullable String reason) {
        return transition(caller, code, expectedVersion, Action.RETIRE, reason);
    }

    private DataResource transition(Caller caller, String code, long expectedVersion, Action action,
            @Nullable String reason) {
        return write(code, () -> {
            ResourceAccess.requireWriter(caller);
            DataResource current = visible(caller, code);
            if (action == Action.SUBMIT) {
                ResourceAccess.requireActsFor(caller, current.organizationId());
            } else {
                ResourceAccess.requireBureau(caller);
            }
            requireVersion(current, expectedVersion);
            LifecycleState next = LifecycleTransitions.next(current.state(), action);
            String note = ResourceRules.isBlank(reason) ? null : reason.strip();
            if (action == Action.REJECT && note == null) {
                throw DomainException.onField(ErrorCode.REJECTION_REASON_REQUIRED, "reason");
            }
            if (note != null && note.length() > REASON_MAX) {
                throw DomainException.onField(ErrorCode.FIELD_TOO_LONG, "reason");
            }
            if (action == Action.SUBMIT || action == Action.PUBLISH) {
                ResourceRules.check(draftOf(current));
            }
            Instant now = now();
            String rejection = switch (action) {
                case REJECT -> note;
                case SUBMIT -> null;
                default -> current.rejectionReason();
            };
            DataResource updated = with(current, next, rejection, now,
                    action == Action.PUBLISH ? now : current.publishedAt());
            return save(current, updated, action, caller, note);
        });
    }

    @Override
    public Optional<DataResource> find(Caller caller, String code) {
        return store.findByCode(code).filter(r -> ResourceAccess.canSee(caller, r));
    }

    @Override
    public DataResource get(Caller caller, String code) {
        return visible(caller, code);
    }

    @Override
    public List<ResourceChange> history(Caller caller, String code) {
        return store.changes(visible(caller, code).id());
    }

    @Override
    public List<ResourceChange> history(Caller caller, DataResource resource) {
        if (!ResourceAccess.canSee(caller, resource)) {
            throw DomainException.onField(ErrorCode.RESOURCE_NOT_FOUND, "code", resource.code());
        }
        return store.changes(resource.id());
    }

    @Override
    public List<Violation> check(ResourceDraft draft) {
        List<Violation> violations = new ArrayList<>(ResourceRules.shapeViolations(draft));
        if (draft.grade() != null && draft.sharing() != null && draft.opening() != null) {
            violations.addAll(ResourceRules.ruleViolations(draft));
        }
        return violations;
    }

    @Override
    public SearchResult search(Caller caller, SearchQuery query) {
        return index.search(query, ResourceAccess.scope(caller));
    }

    @Override
    public LedgerStatistics statistics(Caller caller, @Nullable String divisionCode) {
        ResourceAccess.requireStatisticsReader(caller);
        return new LedgerFigures(store, regions).of(divisionCode);
    }

    @Override
    public void forEach(Consumer<DataResource> action) {
        store.forEach(action);
    }

    @Override
    public long reindex(Caller caller) {
        ResourceAccess.requireAdmin(caller);
        return index.rebuild(store::forEach);
    }

    private DataResource visible(Caller caller, String code) {
        return find(caller, code).orElseThrow(() -> DomainException.onField(ErrorCode.RESOURCE_NOT_FOUND, "code", code));
    }

    /** The organization a new resource belongs to: the one named, or the publisher's own. */
    private Organization owner(Caller caller, @Nullable Long requested) {
        Long id = requested != null ? requested : caller.organizationId();
        if (id == null) {
            if (caller.has(Role.PUBLISHER) && !caller.has(Role.ADMIN)) {
                throw DomainException.onField(ErrorCode.PUBLISHER_NEEDS_ORGANIZATION, "organizationId");
            }
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "organizationId");
        }
        ResourceAccess.requireActsFor(caller, id);
        return organization(id);
    }

    private Organization organization(long id) {
        return identity.organization(id).orElseThrow(() ->
                DomainException.onField(ErrorCode.ORGANIZATION_NOT_FOUND, "organizationId", id));
    }

    private static void requireVersion(DataResource current, long expected) {
        if (current.version() != expected) {
            throw DomainException.onField(ErrorCode.CONCURRENT_MODIFICATION, "version", current.version());
        }
    }

    private String unusedCode(String code) {
        if (store.codeExists(code)) {
            throw DomainException.onField(ErrorCode.DUPLICATE_CODE, "code", code);
        }
        return code;
    }

    /**
     * {@code 420500-000123}: the first six digits of the owner's division and the next serial number kept
     * in the database for them, skipping any number someone already took as an explicit code.
     */
    private String generateCode(Organization owner) {
        String prefix = owner.divisionCode().substring(0, 6);
        while (true) {
            String code = "%s-%06d".formatted(prefix, store.nextSerial(prefix));
            if (!store.codeExists(code)) {
                return code;
            }
        }
    }

    private DataResource save(DataResource before, DataResource after, Action action, Caller caller,
            @Nullable String note) {
        if (!store.update(after, before.version())) {
            long now = store.currentVersion(before.id()).orElse(before.version());
            throw DomainException.onField(ErrorCode.CONCURRENT_MODIFICATION, "version", now);
        }
        record(before, after, action, caller, note);
        return after;
    }

    private void record(@Nullable DataResource before, DataResource after, Action action, Caller caller,
            @Nullable String note) {
        List<FieldChange> changes = ResourceDiff.between(before, after);
        Instant at = after.updatedAt();
        store.appendChange(after.id(), new ResourceChange(after.version(), action.name(), caller.username(), at,
                note, changes));
        events.publishEvent(event(action, after, caller.username(), at));
    }

    private static ResourceEvent event(Action action, DataResource r, String actor, Instant at) {
        return switch (action) {
            case REGISTER -> new ResourceEvent.ResourceRegistered(r, actor, at);
            case UPDATE -> new ResourceEvent.ResourceUpdated(r, actor, at);
            case SUBMIT -> new ResourceEvent.ResourceSubmitted(r, actor, at);
            case PUBLISH -> new ResourceEvent.ResourcePublished(r, actor, at);
            case REJECT -> new ResourceEvent.ResourceRejected(r, actor, at);
            case RETIRE -> new ResourceEvent.ResourceRetired(r, actor, at);
        };
    }

    private static DataResource build(long id, String code, ResourceDraft d, Organization owner, LifecycleState state,
            @Nullable String rejectionReason, long version, Instant createdAt, Instant updatedAt,
            @Nullable Instant publishedAt) {
        return new DataResource(id, code, d.title().strip(), blankToNull(d.description()), owner.id(), owner.name(),
                owner.divisionCode(), owner.level(), d.theme(), d.keywords().stream().map(String::strip).toList(),
                d.fields(), d.updateFrequency(), d.licence().strip(), d.contact(), d.grade(), d.sensitivity(),
                d.sharing(), d.opening(), d.highQuality(), state, rejectionReason, version, createdAt, updatedAt,
                publishedAt);
    }

    private static DataResource with(DataResource r, LifecycleState state, @Nullable String rejectionReason,
            Instant updatedAt, @Nullable Instant publishedAt) {
        return new DataResource(r.id(), r.code(), r.title(), r.description(), r.organizationId(),
                r.organizationName(), r.divisionCode(), r.level(), r.theme(), r.keywords(), r.fields(),
                r.updateFrequency(), r.licence(), r.contact(), r.grade(), r.sensitivity(), r.sharing(), r.opening(),
                r.highQuality(), state, rejectionReason, r.version() + 1, r.createdAt(), updatedAt, publishedAt);
    }

    /** The writable part of a stored resource, to check the rules again before it moves on. */
    static ResourceDraft draftOf(DataResource r) {
        return new ResourceDraft(r.code(), r.title(), r.description(), r.organizationId(), r.theme(), r.keywords(),
                r.fields(), r.updateFrequency(), r.licence(), r.contact(), r.grade(), r.sensitivity(), r.sharing(),
                r.opening(), r.highQuality());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Instant now() {
        // Databases keep microseconds; a value read back must equal the one written.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return Objects.requireNonNull(tx.execute(status -> work.get()));
    }

    /**
     * Registrations in one division take turns on its code counter. Where the database refuses a waiting
     * writer instead of letting it wait, the whole registration is simply tried again: it wrote nothing.
     */
    private <T> T retryingOnLockConflict(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException conflict) {
                if (attempt == LOCK_ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    /**
     * A write to an existing resource. Some databases answer two writers of one row with a lock failure
     * rather than by waiting; to the caller that is the same conflict as a stale version.
     */
    private DataResource write(String code, Supplier<DataResource> work) {
        try {
            return inTransaction(work);
        } catch (ConcurrencyFailureException conflict) {
            long now = store.findByCode(code).map(DataResource::version).orElse(0L);
            throw DomainException.onField(ErrorCode.CONCURRENT_MODIFICATION, "version", now);
        }
    }

    /** Statistics for one division and everything below it, rolled up by code range. */
    private record LedgerFigures(ResourceStore store, RegionApi regions) {

        LedgerStatistics of(@Nullable String divisionCode) {
            String low = null;
            String high = null;
            List<Division> children;
            if (divisionCode == null) {
                children = regions.roots();
            } else {
                if (!DivisionCodes.isValid(divisionCode)) {
                    throw DomainException.onField(ErrorCode.FIELD_INVALID, "division", divisionCode);
                }
                regions.get(divisionCode);
                String prefix = DivisionCodes.prefix(divisionCode);
                low = (prefix + "000000000000").substring(0, 12);
                high = (prefix + "999999999999").substring(0, 12);
                children = regions.children(divisionCode);
            }
            List<DivisionCount> byChild = List.of();
            if (!children.isEmpty()) {
                int digits = children.get(0).level().significantDigits();
                var counts = store.countByDivisionPrefix(digits, low, high);
                byChild = children.stream()
                        .map(c -> new DivisionCount(c.code(), c.name(),
                                counts.getOrDefault(c.code().substring(0, digits), 0L)))
                        .toList();
            }
            return new LedgerStatistics(divisionCode, store.count(low, high, false),
                    store.countBy("division_level", low, high),
                    store.countBy("theme", low, high),
                    store.countBy("grade", low, high),
                    store.countBy("sharing", low, high),
                    store.countBy("opening", low, high),
                    store.countBy("state", low, high),
                    store.countBy("CAST(organization_id AS VARCHAR(20))", low, high),
                    byChild,
                    store.count(low, high, true));
        }
    }
}
