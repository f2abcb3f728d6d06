package io.jingchu.hub.catalog.internal;

import static io.jingchu.hub.catalog.LifecycleState.DRAFT;
import static io.jingchu.hub.catalog.LifecycleState.PUBLISHED;
import static io.jingchu.hub.catalog.LifecycleState.REJECTED;
import static io.jingchu.hub.catalog.LifecycleState.RETIRED;
import static io.jingchu.hub.catalog.LifecycleState.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.internal.LifecycleTransitions.Action;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleTransitionsTest {

    @Test
    void aNewResourceStartsAsADraft() {
        assertThat(LifecycleTransitions.initial()).isEqualTo(DRAFT);
    }

    @Test
    void aDraftIsSubmitted() {
        assertThat(LifecycleTransitions.next(DRAFT, Action.SUBMIT)).isEqualTo(SUBMITTED);
    }

    @Test
    void aRejectedResourceMayBeSubmittedAgain() {
        assertThat(LifecycleTransitions.next(REJECTED, Action.SUBMIT)).isEqualTo(SUBMITTED);
    }

    @Test
    void aSubmittedResourceIsPublishedOrRejected() {
        assertThat(LifecycleTransitions.next(SUBMITTED, Action.PUBLISH)).isEqualTo(PUBLISHED);
        assertThat(LifecycleTransitions.next(SUBMITTED, Action.REJECT)).isEqualTo(REJECTED);
    }

    @Test
    void aPublishedResourceIsRetired() {
        assertThat(LifecycleTransitions.next(PUBLISHED, Action.RETIRE)).isEqualTo(RETIRED);
    }

    @Test
    void editsKeepTheStateWhereTheyAreAllowed() {
        for (LifecycleState state : new LifecycleState[] {DRAFT, REJECTED, PUBLISHED}) {
            assertThat(LifecycleTransitions.next(state, Action.UPDATE)).isEqualTo(state);
        }
    }

    @Test
    void submittedAndRetiredResourcesAreNotEdited() {
        assertIllegal(SUBMITTED, Action.UPDATE);
        assertIllegal(RETIRED, Action.UPDATE);
    }

    @Test
    void everyTransitionNotInTheTableIsIllegal() {
        Map<Action, Map<LifecycleState, LifecycleState>> allowed = new EnumMap<>(Action.class);
        allowed.put(Action.UPDATE, Map.of(DRAFT, DRAFT, REJECTED, REJECTED, PUBLISHED, PUBLISHED));
        allowed.put(Action.SUBMIT, Map.of(DRAFT, SUBMITTED, REJECTED, SUBMITTED));
        allowed.put(Action.PUBLISH, Map.of(SUBMITTED, PUBLISHED));
        allowed.put(Action.REJECT, Map.of(SUBMITTED, REJECTED));
        allowed.put(Action.RETIRE, Map.of(PUBLISHED, RETIRED));
        allowed.put(Action.REGISTER, Map.of());
        int illegal = 0;
        for (Action action : Action.values()) {
            for (LifecycleState state : LifecycleState.values()) {
                LifecycleState expected = allowed.get(action).get(state);
                if (expected == null) {
                    assertIllegal(state, action);
                    illegal++;
                } else {
                    assertThat(LifecycleTransitions.next(state, action)).as(action + " from " + state)
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(illegal).isEqualTo(Action.values().length * LifecycleState.values().length - 8);
    }

    @Test
    void aRetiredResourceNeverMovesAgain() {
        for (Action action : Action.values()) {
            assertThat(LifecycleTransitions.target(RETIRED, action)).as(action.name()).isEmpty();
        }
    }

    @Test
    void theRefusalNamesTheStateAndTheAction() {
        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> LifecycleTransitions.next(DRAFT, Action.PUBLISH));
        assertThat(refusal.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
        assertThat(refusal.args()).containsExactly("DRAFT", "PUBLISH");
    }

    private static void assertIllegal(LifecycleState from, Action action) {
        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> LifecycleTransitions.next(from, action));
        assertThat(refusal).as(action + " from " + from).isNotNull();
        assertThat(refusal.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    }
}
