package io.jingchu.hub.catalog.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.StoredResources.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.search.SearchScope;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResourceAccessTest {

    static final long OWN = 7;
    static final long OTHER = 8;
    static final Caller ADMIN = new Caller(1, "admin", Set.of(Role.ADMIN), null);
    static final Caller AUDITOR = new Caller(2, "auditor", Set.of(Role.AUDITOR), null);
    static final Caller PUBLISHER = new Caller(3, "publisher", Set.of(Role.PUBLISHER), OWN);
    static final Caller CONSUMER = new Caller(4, "consumer", Set.of(Role.CONSUMER), null);

    @ParameterizedTest
    @EnumSource(LifecycleState.class)
    void adminAndAuditorSeeEverything(LifecycleState state) {
        DataResource closed = stored(aDraft().sharing(SharingAttribute.NONE).opening(OpeningAttribute.NONE).build(),
                OTHER, state);
        assertThat(ResourceAccess.canSee(ADMIN, closed)).isTrue();
        assertThat(ResourceAccess.canSee(AUDITOR, closed)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(LifecycleState.class)
    void aPublisherSeesItsOwnResourcesInEveryState(LifecycleState state) {
        DataResource closed = stored(aDraft().sharing(SharingAttribute.NONE).opening(OpeningAttribute.NONE).build(),
                OWN, state);
        assertThat(ResourceAccess.canSee(PUBLISHER, closed)).isTrue();
    }

    @Test
    void aPublisherSeesOthersPublishedResourcesThatAreSharedButNotOpen() {
        DataResource sharedOnly = stored(aDraft().opening(OpeningAttribute.NONE).build(), OTHER,
                LifecycleState.PUBLISHED);
        assertThat(ResourceAccess.canSee(PUBLISHER, sharedOnly)).isTrue();
        assertThat(ResourceAccess.canSee(CONSUMER, sharedOnly)).isFalse();
        assertThat(ResourceAccess.canSee(Caller.ANONYMOUS, sharedOnly)).isFalse();
    }

    @Test
    void aPublisherDoesNotSeeOthersDrafts() {
        assertThat(ResourceAccess.canSee(PUBLISHER, stored(aDraft().build(), OTHER, LifecycleState.DRAFT))).isFalse();
    }

    @Test
    void nobodyButTheBureauAndAuditorsSeesOthersResourcesNeitherSharedNorOpen() {
        DataResource closed = stored(aDraft().sharing(SharingAttribute.NONE).opening(OpeningAttribute.NONE).build(),
                OTHER, LifecycleState.PUBLISHED);
        assertThat(ResourceAccess.canSee(PUBLISHER, closed)).isFalse();
        assertThat(ResourceAccess.canSee(CONSUMER, closed)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleState.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
    void thePublicSeesOnlyPublishedResources(LifecycleState state) {
        DataResource open = stored(aDraft().build(), OTHER, state);
        assertThat(ResourceAccess.canSee(CONSUMER, open)).isFalse();
        assertThat(ResourceAccess.canSee(Caller.ANONYMOUS, open)).isFalse();
    }

    @Test
    void thePublicSeesPublishedOpenResourcesConditionalOrNot() {
        assertThat(ResourceAccess.canSee(Caller.ANONYMOUS, stored(aDraft().build(), OTHER, LifecycleState.PUBLISHED)))
                .isTrue();
        assertThat(ResourceAccess.canSee(CONSUMER, stored(aDraft().opening(OpeningAttribute.CONDITIONAL).build(),
                OTHER, LifecycleState.PUBLISHED))).isTrue();
    }

    @Test
    void callersMapToTheirSearchScope() {
        assertThat(ResourceAccess.scope(ADMIN)).isEqualTo(SearchScope.EVERYTHING);
        assertThat(ResourceAccess.scope(AUDITOR)).isEqualTo(SearchScope.EVERYTHING);
        assertThat(ResourceAccess.scope(PUBLISHER)).isEqualTo(new SearchScope(false, true, OWN));
        assertThat(ResourceAccess.scope(CONSUMER)).isEqualTo(SearchScope.PUBLIC);
        assertThat(ResourceAccess.scope(Caller.ANONYMOUS)).isEqualTo(SearchScope.PUBLIC);
    }

    @Test
    void consumersAuditorsAndAnonymousNeverWrite() {
        for (Caller caller : new Caller[] {CONSUMER, AUDITOR, Caller.ANONYMOUS}) {
            assertRefused(() -> ResourceAccess.requireWriter(caller), ErrorCode.ACCESS_DENIED);
            assertRefused(() -> ResourceAccess.requireBureau(caller), ErrorCode.ACCESS_DENIED);
            assertRefused(() -> ResourceAccess.requireActsFor(caller, OWN), ErrorCode.ACCESS_DENIED);
        }
    }

    @Test
    void onlyTheBureauDecides() {
        assertRefused(() -> ResourceAccess.requireBureau(PUBLISHER), ErrorCode.ONLY_BUREAU_DECIDES);
        assertThatNoException().isThrownBy(() -> ResourceAccess.requireBureau(ADMIN));
    }

    @Test
    void aPublisherActsOnlyForItsOwnOrganization() {
        assertThatNoException().isThrownBy(() -> ResourceAccess.requireActsFor(PUBLISHER, OWN));
        assertRefused(() -> ResourceAccess.requireActsFor(PUBLISHER, OTHER), ErrorCode.NOT_OWN_ORGANIZATION);
        assertThatNoException().isThrownBy(() -> ResourceAccess.requireActsFor(ADMIN, OTHER));
    }

    @Test
    void consumersAndAnonymousReadNoStatistics() {
        assertRefused(() -> ResourceAccess.requireStatisticsReader(CONSUMER), ErrorCode.ACCESS_DENIED);
        assertRefused(() -> ResourceAccess.requireStatisticsReader(Caller.ANONYMOUS), ErrorCode.ACCESS_DENIED);
        assertThatNoException().isThrownBy(() -> ResourceAccess.requireStatisticsReader(AUDITOR));
    }

    private static void assertRefused(Runnable check, ErrorCode code) {
        DomainException refusal = catchThrowableOfType(DomainException.class, check::run);
        assertThat(refusal).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
    }
}
