package io.jingchu.hub.common;

import org.springframework.http.HttpStatus;

/**
 * Stable, machine-readable error identifiers. The name is the {@code code} member of every problem
 * document and never changes once released; the message shown to people comes from the
 * {@code messages*.properties} bundles under the key {@code error.CODE}.
 */
public enum ErrorCode {
    // request shape
    MALFORMED_REQUEST(Category.USER, HttpStatus.BAD_REQUEST),
    FIELD_REQUIRED(Category.USER, HttpStatus.BAD_REQUEST),
    FIELD_INVALID(Category.USER, HttpStatus.BAD_REQUEST),
    FIELD_TOO_LONG(Category.USER, HttpStatus.BAD_REQUEST),
    UNKNOWN_VALUE(Category.USER, HttpStatus.BAD_REQUEST),
    METHOD_NOT_ALLOWED(Category.USER, HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(Category.USER, HttpStatus.NOT_ACCEPTABLE),
    MEDIA_TYPE_NOT_SUPPORTED(Category.USER, HttpStatus.UNSUPPORTED_MEDIA_TYPE),

    // who may call
    AUTHENTICATION_REQUIRED(Category.ACCESS, HttpStatus.UNAUTHORIZED),
    BAD_CREDENTIALS(Category.ACCESS, HttpStatus.UNAUTHORIZED),
    TOKEN_INVALID(Category.ACCESS, HttpStatus.UNAUTHORIZED),
    ACCESS_DENIED(Category.ACCESS, HttpStatus.FORBIDDEN),
    ONLY_BUREAU_DECIDES(Category.ACCESS, HttpStatus.FORBIDDEN),
    NOT_OWN_ORGANIZATION(Category.ACCESS, HttpStatus.FORBIDDEN),

    // lookups
    NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    REGION_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    ORGANIZATION_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    USER_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    TOKEN_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    RESOURCE_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),

    // conflicts
    CONCURRENT_MODIFICATION(Category.CONFLICT, HttpStatus.CONFLICT),
    DUPLICATE_CODE(Category.CONFLICT, HttpStatus.CONFLICT),
    USERNAME_TAKEN(Category.CONFLICT, HttpStatus.CONFLICT),
    ILLEGAL_TRANSITION(Category.CONFLICT, HttpStatus.CONFLICT),

    // the ledger's rules (一本账规则), after GB/T 43697-2024 and the public-data opening rules
    CORE_DATA_NEVER_OPENED(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),
    IMPORTANT_DATA_NOT_OPENED_UNCONDITIONALLY(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),
    PERSONAL_DATA_NOT_OPENED_UNCONDITIONALLY(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),
    OPENING_REFUSAL_BASIS_REQUIRED(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),
    SHARING_REFUSAL_BASIS_REQUIRED(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),
    CONDITIONS_REQUIRED(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),
    REJECTION_REASON_REQUIRED(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),
    PUBLISHER_NEEDS_ORGANIZATION(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),

    // loading data (数据加载)
    UNSUPPORTED_FORMAT(Category.USER, HttpStatus.BAD_REQUEST),
    ENCODING_INVALID(Category.USER, HttpStatus.BAD_REQUEST),
    MALFORMED_FILE(Category.USER, HttpStatus.BAD_REQUEST),
    SCHEMA_MISMATCH(Category.USER, HttpStatus.UNPROCESSABLE_CONTENT),
    TYPE_ERRORS(Category.USER, HttpStatus.UNPROCESSABLE_CONTENT),
    FILE_TOO_LARGE(Category.USER, HttpStatus.CONTENT_TOO_LARGE),
    ARCHIVE_BOMB(Category.USER, HttpStatus.BAD_REQUEST),
    PATH_NOT_ALLOWED(Category.ACCESS, HttpStatus.FORBIDDEN),
    SOURCE_FAILED(Category.USER, HttpStatus.UNPROCESSABLE_CONTENT),
    UPLOAD_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    UPLOAD_OFFSET_MISMATCH(Category.CONFLICT, HttpStatus.CONFLICT),
    UPLOAD_INCOMPLETE(Category.CONFLICT, HttpStatus.CONFLICT),
    JOB_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    JOB_FINISHED(Category.CONFLICT, HttpStatus.CONFLICT),
    LOAD_IN_PROGRESS(Category.CONFLICT, HttpStatus.CONFLICT),
    LOAD_CANCELLED(Category.CONFLICT, HttpStatus.CONFLICT),
    LOAD_INTERRUPTED(Category.INTERNAL, HttpStatus.INTERNAL_SERVER_ERROR),
    VERSION_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),

    // querying (数据查询)
    UNKNOWN_FIELD(Category.USER, HttpStatus.BAD_REQUEST),
    FILTER_INVALID(Category.USER, HttpStatus.BAD_REQUEST),
    CURSOR_INVALID(Category.USER, HttpStatus.BAD_REQUEST),
    SQL_NOT_ALLOWED(Category.USER, HttpStatus.BAD_REQUEST),
    QUERY_TIME_LIMIT(Category.USER, HttpStatus.UNPROCESSABLE_CONTENT),
    ROW_LIMIT_EXCEEDED(Category.USER, HttpStatus.UNPROCESSABLE_CONTENT),
    NO_COORDINATES(Category.USER, HttpStatus.UNPROCESSABLE_CONTENT),

    // opening data to the public (数据开放)
    DATA_NOT_OPEN(Category.ACCESS, HttpStatus.FORBIDDEN),
    APPLICATION_REQUIRED(Category.ACCESS, HttpStatus.FORBIDDEN),
    APPLICATION_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    APPLICATION_DECIDED(Category.CONFLICT, HttpStatus.CONFLICT),
    APPLICATION_PENDING(Category.CONFLICT, HttpStatus.CONFLICT),
    NOT_CONDITIONALLY_OPEN(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),
    RATE_LIMITED(Category.ACCESS, HttpStatus.TOO_MANY_REQUESTS),
    QUOTA_EXCEEDED(Category.ACCESS, HttpStatus.TOO_MANY_REQUESTS),

    // the audit ledger (审计账本)
    LEDGER_ENTRY_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    LEDGER_TREE_SIZE_INVALID(Category.USER, HttpStatus.BAD_REQUEST),
    LEDGER_TILE_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),

    // persistent identifiers (持久标识)
    IDENTIFIER_NOT_FOUND(Category.USER, HttpStatus.NOT_FOUND),
    IDENTIFIER_RETIRED(Category.USER, HttpStatus.GONE),

    // administering users and organizations (用户与单位管理)
    OWN_ACCOUNT(Category.RULE, HttpStatus.UNPROCESSABLE_CONTENT),

    // the hub itself
    INTERNAL_ERROR(Category.INTERNAL, HttpStatus.INTERNAL_SERVER_ERROR);

    /** What kind of failure: the caller's input, access, a conflict with current state, a rule, or ours. */
    public enum Category { USER, ACCESS, CONFLICT, RULE, INTERNAL }

    private final Category category;
    private final HttpStatus status;

    ErrorCode(Category category, HttpStatus status) {
        this.category = category;
        this.status = status;
    }

    public Category category() {
        return category;
    }

    public HttpStatus status() {
        return status;
    }

    /** The key of the human message in the message bundles. */
    public String messageKey() {
        return "error." + name();
    }

    /** The code for a failure that only has an HTTP status (Spring MVC's own refusals). */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 415 -> MEDIA_TYPE_NOT_SUPPORTED;
            case 401 -> AUTHENTICATION_REQUIRED;
            case 403 -> ACCESS_DENIED;
            default -> status < 500 ? MALFORMED_REQUEST : INTERNAL_ERROR;
        };
    }
}
