package io.jingchu.hub.query.ckan;

/** A parameter CKAN would refuse with a Validation Error: the field and CKAN's kind of message. */
final class DatastoreException extends RuntimeException {

    private final String field;

    DatastoreException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
