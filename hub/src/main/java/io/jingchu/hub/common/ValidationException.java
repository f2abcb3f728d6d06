package io.jingchu.hub.common;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A refusal that names every offending field at once, so that a form or a JSON file can be corrected in
 * one pass. Its own code and field are those of the first violation; the web layer lists all of them in
 * the problem's {@code errors} member.
 */
public class ValidationException extends DomainException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(first(violations).code(), first(violations).field(), first(violations).args().toArray());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static Violation first(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        return violations.get(0);
    }

    /** One broken expectation: its code, the field path ({@code fields[2].name}) and message arguments. */
    public record Violation(ErrorCode code, @Nullable String field, List<Object> args) {

        public Violation {
            Objects.requireNonNull(code, "code");
            args = List.copyOf(args);
        }

        public static Violation of(ErrorCode code, @Nullable String field, Object... args) {
            return new Violation(code, field, List.of(args));
        }
    }
}
