package io.jingchu.hub.access.internal;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.AccessRecord;
import io.jingchu.hub.access.AccessRecordQuery;
import io.jingchu.hub.access.ApplicationChanged;
import io.jingchu.hub.access.ApplicationQuery;
import io.jingchu.hub.access.ApplicationState;
import io.jingchu.hub.access.DataAccess;
import io.jingchu.hub.access.DataAccessRecorded;
import io.jingchu.hub.access.Page;
import io.jingchu.hub.access.ReadGrant;
import io.jingchu.hub.access.UsageSummary;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.TokenApi;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access module's one service: read decisions ({@link ReadRules}), applications for conditionally open
 * data, the audit trail of reads and usage summaries. Checks run in the catalog's order, so that an answer
 * never reveals more than the caller may know: visibility ({@code 404}), then who may act ({@code 403}),
 * then state ({@code 409}, {@code 422}), then the input ({@code 400}).
 */
class AccessService implements AccessApi {

    /** Looks resources up for the audit trail, whoever read them: sees everything, changes nothing. */
    private static final Caller AUDIT_TRAIL = new Caller(-1, "access-audit", Set.of(Role.AUDITOR), null);
    private static final int MAX_USAGE_DAYS = 366;

    private final CatalogApi catalog;
    private final TokenApi tokens;
    private final ApplicationStore applications;
    private final AccessRecordStore records;
    private final RateLimiter limiter;
    private final AccessSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessService(CatalogApi catalog, TokenApi tokens, ApplicationStore applications, AccessRecordStore records,
            RateLimiter limiter, AccessSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.tokens = tokens;
        this.applications = applications;
        this.records = records;
        this.limiter = limiter;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ReadGrant authorizeRead(Caller caller, DataResource resource) {
        return ReadRules.decide(caller, resource, clock.instant(), new ReadRules.Facts() {
            @Override
            public boolean visible(Caller c, DataResource r) {
                return catalog.find(c, r.code()).isPresent();
            }

            @Override
            public Optional<AccessApplication> liveApplication(Caller c, DataResource r) {
                return applications.findLive(c.userId(), r.code());
            }
        });
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(DataAccess access) {
        insert(access, catalog.find(AUDIT_TRAIL, access.resourceCode()).map(DataResource::organizationId).orElse(null));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(DataAccess access, long organizationId) {
        insert(access, organizationId);
    }

    /** The record and its event (which the audit ledger appends), in the caller's transaction. */
    private void insert(DataAccess access, @Nullable Long organizationId) {
        Instant now = now();
        records.insert(access, organizationId, now, LocalDate.ofInstant(now, settings.zone()));
        events.publishEvent(new DataAccessRecorded(access, now));
    }

    @Override
    @Transactional
    public AccessApplication apply(Caller caller, String resourceCode, @Nullable String purpose,
            @Nullable LocalDate wishedUntil) {
        requireSignedIn(caller);
        DataResource resource = catalog.get(caller, resourceCode);
        if (ApplicationAccess.readsWithoutApplication(caller, resource)) {
            throw DomainException.of(ErrorCode.ACCESS_DENIED);
        }
        if (resource.state() != LifecycleState.PUBLISHED
                || resource.opening().attribute() != OpeningAttribute.CONDITIONAL) {
            throw DomainException.onField(ErrorCode.NOT_CONDITIONALLY_OPEN, "code", resource.code());
        }
        Instant now = now();
        applications.releaseExpired(caller.userId(), resource.code(), now);
        applications.findLive(caller.userId(), resource.code()).ifPresent(existing -> {
            throw DomainException.onField(ErrorCode.APPLICATION_PENDING, "code", existing.id());
        });
        String checkedPurpose = Texts.require(purpose, "purpose");
        if (wishedUntil != null && wishedUntil.isBefore(LocalDate.ofInstant(now, settings.zone()))) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "wishedUntil", wishedUntil);
        }
        long id;
        try {
            id = applications.insert(resource.code(), resource.title(), resource.organizationId(), caller.userId(),
                    caller.username(), checkedPurpose, wishedUntil, now);
        } catch (DuplicateKeyException raced) {
            throw DomainException.onField(ErrorCode.APPLICATION_PENDING, "code", "");
        }
        return changed(id);
    }

    @Override
    public AccessApplication application(Caller caller, long id) {
        return visible(caller, id);
    }

    @Override
    public Page<AccessApplication> applications(Caller caller, ApplicationQuery query) {
        if (caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)) {
            return applications.listAll(query);
        }
        requireSignedIn(caller);
        return applications.listOf(query, caller.userId(),
                caller.has(Role.PUBLISHER) ? caller.organizationId() : null);
    }

    @Override
    @Transactional
    public AccessApplication approve(Caller caller, long id, @Nullable Instant expiresAt, @Nullable String comment) {
        AccessApplication application = decidable(caller, id);
        requirePending(application);
        Instant now = now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "expiresAt", expiresAt);
        }
        String note = Texts.optional(comment, "comment");
        Instant until = expiresAt != null ? Timestamps.truncate(expiresAt) : endOfWishedDay(application);
        if (until != null && !until.isAfter(now)) {
            // the applicant's last day has passed while it waited: the approver has to say how long
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "expiresAt");
        }
        if (!applications.approve(id, now, caller.username(), note, until)) {
            throw decided(id);
        }
        return changed(id);
    }

    @Override
    @Transactional
    public AccessApplication refuse(Caller caller, long id, @Nullable String reason) {
        AccessApplication application = decidable(caller, id);
        requirePending(application);
        String checkedReason = Texts.require(reason, "reason");
        if (!applications.close(id, ApplicationState.REFUSED, now(), caller.username(), checkedReason)) {
            throw decided(id);
        }
        return changed(id);
    }

    @Override
    @Transactional
    public AccessApplication revoke(Caller caller, long id, @Nullable String reason) {
        AccessApplication application = decidable(caller, id);
        if (application.state() != ApplicationState.APPROVED) {
            throw notRevocable(application);
        }
        String checkedReason = Texts.require(reason, "reason");
        if (!applications.revoke(id, now(), caller.username(), checkedReason)) {
            throw notRevocable(visible(caller, id));
        }
        return changed(id);
    }

    @Override
    @Transactional
    public AccessApplication withdraw(Caller caller, long id) {
        AccessApplication application = visible(caller, id);
        if (!ApplicationAccess.isApplicant(caller, application)) {
            throw DomainException.of(ErrorCode.ACCESS_DENIED);
        }
        requirePending(application);
        if (!applications.close(id, ApplicationState.WITHDRAWN, now(), caller.username(), null)) {
            throw decided(id);
        }
        return changed(id);
    }

    @Override
    public Page<AccessRecord> accessRecords(Caller caller, AccessRecordQuery query) {
        if (caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)) {
            return withTokenNames(records.list(query, null));
        }
        if (caller.has(Role.PUBLISHER) && caller.organizationId() != null) {
            Page<AccessRecord> page = withTokenNames(records.list(query, caller.organizationId()));
            // who reads is the organization's business; from where is personal information it does not need
            return new Page<>(page.total(), page.offset(), page.limit(),
                    page.items().stream().map(AccessRecord::withoutClientAddress).toList());
        }
        throw DomainException.of(ErrorCode.ACCESS_DENIED);
    }

    /** The page's tokens named, in one lookup for the page: the names are identity's, not this module's. */
    private Page<AccessRecord> withTokenNames(Page<AccessRecord> page) {
        Set<Long> ids = page.items().stream().map(AccessRecord::apiTokenId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return page;
        }
        Map<Long, String> names = tokens.names(ids);
        return new Page<>(page.total(), page.offset(), page.limit(), page.items().stream()
                .map(r -> r.apiTokenId() == null ? r : r.withApiTokenName(names.get(r.apiTokenId()))).toList());
    }

    @Override
    public long readsThisMonth() {
        LocalDate first = LocalDate.ofInstant(clock.instant(), settings.zone()).withDayOfMonth(1);
        return records.countSince(first.atStartOfDay(settings.zone()).toInstant());
    }

    @Override
    public UsageSummary usage(Caller caller, @Nullable Long apiTokenId, int days) {
        requireSignedIn(caller);
        if (days < 1 || days > MAX_USAGE_DAYS) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "days", days);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> calls = records.dailyCalls(caller.userId(), first);
        List<UsageSummary.DailyCalls> perDay = new ArrayList<>(days);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            perDay.add(new UsageSummary.DailyCalls(day, calls.getOrDefault(day, 0L)));
        }
        RateKey key = apiTokenId != null ? RateKey.token(apiTokenId) : RateKey.user(caller.userId());
        return new UsageSummary(perDay, limiter.dailyQuota(key));
    }

    private Instant now() {
        return Timestamps.truncate(clock.instant());
    }

    private @Nullable Instant endOfWishedDay(AccessApplication application) {
        LocalDate last = application.wishedUntil();
        return last == null ? null : last.plusDays(1).atStartOfDay(settings.zone()).toInstant();
    }

    private AccessApplication visible(Caller caller, long id) {
        return applications.find(id)
                .filter(a -> ApplicationAccess.canSee(caller, a))
                .orElseThrow(() -> DomainException.onField(ErrorCode.APPLICATION_NOT_FOUND, "id", id));
    }

    private AccessApplication decidable(Caller caller, long id) {
        AccessApplication application = visible(caller, id);
        if (!ApplicationAccess.canDecide(caller, application)) {
            throw DomainException.of(ErrorCode.ACCESS_DENIED);
        }
        return application;
    }

    private static void requirePending(AccessApplication application) {
        if (application.state() != ApplicationState.PENDING) {
            throw DomainException.onField(ErrorCode.APPLICATION_DECIDED, "state", application.state().name());
        }
    }

    /** Lost a race with another decision: report the state that one left. */
    private DomainException decided(long id) {
        ApplicationState state = applications.find(id).map(AccessApplication::state).orElse(ApplicationState.PENDING);
        return DomainException.onField(ErrorCode.APPLICATION_DECIDED, "state", state.name());
    }

    private static DomainException notRevocable(AccessApplication application) {
        return new DomainException(ErrorCode.ILLEGAL_TRANSITION, "state", application.state().name(), "REVOKE");
    }

    private AccessApplication changed(long id) {
        AccessApplication application = applications.find(id).orElseThrow();
        events.publishEvent(new ApplicationChanged(application));
        return application;
    }

    private static void requireSignedIn(Caller caller) {
        if (caller.isAnonymous()) {
            throw DomainException.of(ErrorCode.AUTHENTICATION_REQUIRED);
        }
    }
}
