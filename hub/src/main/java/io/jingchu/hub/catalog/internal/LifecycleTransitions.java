package io.jingchu.hub.catalog.internal;

import static io.jingchu.hub.catalog.LifecycleState.DRAFT;
import static io.jingchu.hub.catalog.LifecycleState.PUBLISHED;
import static io.jingchu.hub.catalog.LifecycleState.REJECTED;
import static io.jingchu.hub.catalog.LifecycleState.RETIRED;
import static io.jingchu.hub.catalog.LifecycleState.SUBMITTED;

import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle of a resource as an explicit state machine: for each action, the states it may start
 * from and the state it leads to. Everything not in the table is an {@code ILLEGAL_TRANSITION}.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──publish──▶ PUBLISHED ──retire──▶ RETIRED
 *                     │   ▲
 *                  reject submit
 *                     ▼   │
 *                    REJECTED
 * </pre>
 * Edits keep the state and are allowed in DRAFT, REJECTED and PUBLISHED; a submitted resource waits for
 * the bureau's decision and a retired one is kept for the record only.
 */
final class LifecycleTransitions {

    /** What can be done to a resource; the name is what its history records. */
    enum Action {
        REGISTER, UPDATE, SUBMIT, PUBLISH, REJECT, RETIRE
    }

    private static final Map<Action, Map<LifecycleState, LifecycleState>> TABLE = table();

    private LifecycleTransitions() {
    }

    private static Map<Action, Map<LifecycleState, LifecycleState>> table() {
        Map<Action, Map<LifecycleState, LifecycleState>> t = new EnumMap<>(Action.class);
        t.put(Action.UPDATE, Map.of(DRAFT, DRAFT, REJECTED, REJECTED, PUBLISHED, PUBLISHED));
        t.put(Action.SUBMIT, Map.of(DRAFT, SUBMITTED, REJECTED, SUBMITTED));
        t.put(Action.PUBLISH, Map.of(SUBMITTED, PUBLISHED));
        t.put(Action.REJECT, Map.of(SUBMITTED, REJECTED));
        t.put(Action.RETIRE, Map.of(PUBLISHED, RETIRED));
        t.put(Action.REGISTER, Map.of());
        return t;
    }

    /** The state a new resource starts in. */
    static LifecycleState initial() {
        return DRAFT;
    }

    /** Where the action leads from this state, if it is allowed there. */
    static Optional<LifecycleState> target(LifecycleState from, Action action) {
        return Optional.ofNullable(TABLE.get(action).get(from));
    }

    /** Where the action leads from this state, or an {@code ILLEGAL_TRANSITION} refusal. */
    static LifecycleState next(LifecycleState from, Action action) {
        return target(from, action).orElseThrow(() ->
                new DomainException(ErrorCode.ILLEGAL_TRANSITION, "state", from.name(), action.name()));
    }
}
