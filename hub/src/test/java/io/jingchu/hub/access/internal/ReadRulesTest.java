package io.jingchu.hub.access.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.StoredResources.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.ApplicationState;
import io.jingchu.hub.access.ReadGrant;
import io.jingchu.hub.access.ReadGrant.Basis;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReadRulesTest {

    static final long OWN = 7;
    static final long OTHER = 8;
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final Caller ADMIN = new Caller(1, "admin", Set.of(Role.ADMIN), null);
    static final Caller AUDITOR = new Caller(2, "auditor", Set.of(Role.AUDITOR), null);
    static final Caller OWNER = new Caller(3, "owner", Set.of(Role.PUBLISHER), OWN);
    static final Caller OTHER_PUBLISHER = new Caller(4, "other", Set.of(Role.PUBLISHER), OTHER);
    static final Caller CONSUMER = new Caller(5, "consumer", Set.of(Role.CONSUMER), null);

    /** The catalog shows the resource or not; the caller has this application or none. */
    record Facts(boolean visible, @Nullable AccessApplication application) implements ReadRules.Facts {

        @Override
        public boolean visible(Caller caller, DataResource resource) {
            return visible;
        }

        @Override
        public Optional<AccessApplication> liveApplication(Caller caller, DataResource resource) {
            return Optional.ofNullable(application);
        }
    }

    static final Facts SHOWN = new Facts(true, null);
    static final Facts HIDDEN = new Facts(false, null);

    static DataResource resource(OpeningAttribute opening, LifecycleState state) {
        return stored(aDraft().opening(opening).build(), OWN, state);
    }

    static AccessApplication application(ApplicationState state, @Nullable Instant expiresAt) {
        return new AccessApplication(41, "420500-000001", "宜昌市公交线路", OWN, CONSUMER.userId(), "consumer", "研究",
                null, state, NOW.minusSeconds(86_400), NOW.minusSeconds(3_600), "owner", null, expiresAt, null, null,
                null);
    }

    static ErrorCode refusal(Caller caller, DataResource resource, Facts facts) {
        return catchThrowableOfType(DomainException.class, () -> ReadRules.decide(caller, resource, NOW, facts))
                .code();
    }

    @ParameterizedTest
    @EnumSource(LifecycleState.class)
    void adminAndAuditorReadEverythingInEveryState(LifecycleState state) {
        for (OpeningAttribute opening : OpeningAttribute.values()) {
            assertThat(ReadRules.decide(ADMIN, resource(opening, state), NOW, HIDDEN).basis())
                    .isEqualTo(Basis.OVERSIGHT);
            assertThat(ReadRules.decide(AUDITOR, resource(opening, state), NOW, HIDDEN).basis())
                    .isEqualTo(Basis.OVERSIGHT);
        }
    }

    @ParameterizedTest
    @EnumSource(LifecycleState.class)
    void theOwningPublisherReadsItsOwnDataInEveryState(LifecycleState state) {
        for (OpeningAttribute opening : OpeningAttribute.values()) {
            assertThat(ReadRules.decide(OWNER, resource(opening, state), NOW, HIDDEN).basis()).isEqualTo(Basis.OWNER);
        }
    }

    @Test
    void unconditionallyOpenDataIsReadByAnyoneAlsoAnonymously() {
        DataResource open = resource(OpeningAttribute.UNCONDITIONAL, LifecycleState.PUBLISHED);
        for (Caller caller : new Caller[] {Caller.ANONYMOUS, CONSUMER, OTHER_PUBLISHER}) {
            ReadGrant grant = ReadRules.decide(caller, open, NOW, SHOWN);
            assertThat(grant.basis()).isEqualTo(Basis.UNCONDITIONAL);
            assertThat(grant.applicationId()).isNull();
        }
    }

    @Test
    void conditionallyOpenDataNeedsAnApprovedApplication() {
        DataResource conditional = resource(OpeningAttribute.CONDITIONAL, LifecycleState.PUBLISHED);
        for (Caller caller : new Caller[] {Caller.ANONYMOUS, CONSUMER, OTHER_PUBLISHER}) {
            assertThat(refusal(caller, conditional, SHOWN)).isEqualTo(ErrorCode.APPLICATION_REQUIRED);
        }
    }

    @Test
    void anApprovedApplicationGrantsUntilItExpires() {
        DataResource conditional = resource(OpeningAttribute.CONDITIONAL, LifecycleState.PUBLISHED);
        Instant expiry = NOW.plusSeconds(60);

        ReadGrant grant = ReadRules.decide(CONSUMER, conditional, NOW,
                new Facts(true, application(ApplicationState.APPROVED, expiry)));

        assertThat(grant).isEqualTo(new ReadGrant(Basis.APPLICATION, 41L, expiry));
        assertThat(refusal(CONSUMER, conditional, new Facts(true, application(ApplicationState.APPROVED, NOW))))
                .isEqualTo(ErrorCode.APPLICATION_REQUIRED);
        assertThat(ReadRules.decide(CONSUMER, conditional, NOW,
                new Facts(true, application(ApplicationState.APPROVED, null))).expiresAt()).isNull();
    }

    @Test
    void aPendingApplicationGrantsNothing() {
        DataResource conditional = resource(OpeningAttribute.CONDITIONAL, LifecycleState.PUBLISHED);
        assertThat(refusal(CONSUMER, conditional, new Facts(true, application(ApplicationState.PENDING, null))))
                .isEqualTo(ErrorCode.APPLICATION_REQUIRED);
    }

    @Test
    void anApplicationNeverOpensDataToAnAnonymousCaller() {
        DataResource conditional = resource(OpeningAttribute.CONDITIONAL, LifecycleState.PUBLISHED);
        assertThat(refusal(Caller.ANONYMOUS, conditional, new Facts(true, application(ApplicationState.APPROVED, null))))
                .isEqualTo(ErrorCode.APPLICATION_REQUIRED);
    }

    @Test
    void closedDataIsNeverReadThroughTheOpenApiEvenWhenSeen() {
        DataResource closed = resource(OpeningAttribute.NONE, LifecycleState.PUBLISHED);
        assertThat(refusal(OTHER_PUBLISHER, closed, SHOWN)).isEqualTo(ErrorCode.DATA_NOT_OPEN);
        assertThat(refusal(CONSUMER, closed, new Facts(true, application(ApplicationState.APPROVED, null))))
                .isEqualTo(ErrorCode.DATA_NOT_OPEN);
    }

    @Test
    void whatTheCatalogHidesIsNotFound() {
        for (Caller caller : new Caller[] {Caller.ANONYMOUS, CONSUMER, OTHER_PUBLISHER}) {
            assertThat(refusal(caller, resource(OpeningAttribute.NONE, LifecycleState.PUBLISHED), HIDDEN))
                    .isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
            assertThat(refusal(caller, resource(OpeningAttribute.UNCONDITIONAL, LifecycleState.DRAFT), HIDDEN))
                    .isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        }
    }

    @Test
    void refusalsNameTheResourceCode() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> ReadRules.decide(CONSUMER,
                resource(OpeningAttribute.CONDITIONAL, LifecycleState.PUBLISHED), NOW, SHOWN));
        assertThat(refused.field()).isEqualTo("code");
    }
}
