package io.jingchu.hub.access.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.catalog.StoredResources.stored;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.ApplicationState;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationAccessTest {

    static final long OWN = 7;
    static final Caller ADMIN = new Caller(1, "admin", Set.of(Role.ADMIN), null);
    static final Caller AUDITOR = new Caller(2, "auditor", Set.of(Role.AUDITOR), null);
    static final Caller OWNER = new Caller(3, "owner", Set.of(Role.PUBLISHER), OWN);
    static final Caller OTHER_PUBLISHER = new Caller(4, "other", Set.of(Role.PUBLISHER), 8L);
    static final Caller APPLICANT = new Caller(5, "applicant", Set.of(Role.CONSUMER), null);
    static final Caller SOMEONE_ELSE = new Caller(6, "someone", Set.of(Role.CONSUMER), null);

    static final AccessApplication APPLICATION = new AccessApplication(1, "420500-000001", "宜昌市公交线路", OWN,
            APPLICANT.userId(), APPLICANT.username(), "研究", null, ApplicationState.PENDING,
            Instant.parse("2026-03-01T00:00:00Z"), null, null, null, null, null, null, null);

    @Test
    void theApplicantTheOwnersAndOversightSeeAnApplication() {
        for (Caller caller : new Caller[] {ADMIN, AUDITOR, OWNER, APPLICANT}) {
            assertThat(ApplicationAccess.canSee(caller, APPLICATION)).as(caller.username()).isTrue();
        }
        for (Caller caller : new Caller[] {OTHER_PUBLISHER, SOMEONE_ELSE, Caller.ANONYMOUS}) {
            assertThat(ApplicationAccess.canSee(caller, APPLICATION)).as(caller.username()).isFalse();
        }
    }

    @Test
    void onlyTheOwnersAndTheBureauDecide() {
        assertThat(ApplicationAccess.canDecide(ADMIN, APPLICATION)).isTrue();
        assertThat(ApplicationAccess.canDecide(OWNER, APPLICATION)).isTrue();
        for (Caller caller : new Caller[] {AUDITOR, APPLICANT, OTHER_PUBLISHER, SOMEONE_ELSE}) {
            assertThat(ApplicationAccess.canDecide(caller, APPLICATION)).as(caller.username()).isFalse();
        }
    }

    @Test
    void whoReadsByRoleMakesNoApplication() {
        DataResource resource = stored(aDraft().build(), OWN, LifecycleState.PUBLISHED);
        for (Caller caller : new Caller[] {ADMIN, AUDITOR, OWNER}) {
            assertThat(ApplicationAccess.readsWithoutApplication(caller, resource)).as(caller.username()).isTrue();
        }
        assertThat(ApplicationAccess.readsWithoutApplication(OTHER_PUBLISHER, resource)).isFalse();
        assertThat(ApplicationAccess.readsWithoutApplication(APPLICANT, resource)).isFalse();
    }

    @Test
    void anApprovalGrantsUntilItsExpiryAndNotAfterRevocation() {
        Instant expiry = Instant.parse("2026-04-01T00:00:00Z");
        AccessApplication approved = new AccessApplication(1, "c", "t", OWN, 5, "a", "p", null,
                ApplicationState.APPROVED, expiry.minusSeconds(100), null, null, null, expiry, null, null, null);
        assertThat(approved.grantsAt(expiry.minusNanos(1000))).isTrue();
        assertThat(approved.grantsAt(expiry)).isFalse();
        AccessApplication revoked = new AccessApplication(1, "c", "t", OWN, 5, "a", "p", null,
                ApplicationState.REVOKED, expiry.minusSeconds(100), null, null, null, null, null, null, null);
        assertThat(revoked.grantsAt(expiry)).isFalse();
    }
}
