package io.jingchu.hub.catalog.ckan;

import org.jspecify.annotations.Nullable;

/**
 * A refusal in CKAN's terms. CKAN clients branch on the error's {@code __type} (ckanapi raises {@code NotFound},
 * {@code ValidationError} … from it), so each kind keeps CKAN's type name and the HTTP status CKAN answers it with.
 */
final class CkanException extends RuntimeException {

    enum Kind {
        NOT_FOUND(404, "Not Found Error"),
        /** CKAN answers validation errors with 409, not 400. */
        VALIDATION(409, "Validation Error"),
        BAD_REQUEST(400, "Bad Request");

        private final int status;
        private final String type;

        Kind(int status, String type) {
            this.status = status;
            this.type = type;
        }

        int status() {
            return status;
        }

        String type() {
            return type;
        }
    }

    private final Kind kind;
    private final @Nullable String field;

    private CkanException(Kind kind, @Nullable String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    static CkanException notFound(String what) {
        return new CkanException(Kind.NOT_FOUND, null, "Not found: " + what);
    }

    /** A parameter that is missing or wrong; the field is named as CKAN names it. */
    static CkanException invalid(String field, String message) {
        return new CkanException(Kind.VALIDATION, field, message);
    }

    static CkanException badRequest(String message) {
        return new CkanException(Kind.BAD_REQUEST, null, "Bad request - " + message);
    }

    Kind kind() {
        return kind;
    }

    @Nullable String field() {
        return field;
    }
}
