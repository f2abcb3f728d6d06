package io.jingchu.hub.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An expected refusal: a rule, a lookup or an access check said no. Carries its {@link ErrorCode}, the
 * offending field when there is one, and arguments for the localized message. The web layer maps it
 * to problem+json in one place ({@code ProblemResponses}); nothing else catches it.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final @Nullable String field;
    private final List<Object> args;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public DomainException(ErrorCode code, @Nullable String field, Object... args) {
        super(code.name() + (field == null ? "" : " (" + field + ")"));
        this.code = Objects.requireNonNull(code);
        this.field = field;
        this.args = List.of(args);
    }

    public static DomainException of(ErrorCode code) {
        return new DomainException(code, null);
    }

    public static DomainException onField(ErrorCode code, String field, Object... args) {
        return new DomainException(code, field, args);
    }

    public ErrorCode code() {
        return code;
    }

    public @Nullable String field() {
        return field;
    }

    public Object[] args() {
        return args.toArray();
    }

    /** Adds a member to the problem document, for what a client needs to act on (an upload offset, say). */
    public DomainException withProperty(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
