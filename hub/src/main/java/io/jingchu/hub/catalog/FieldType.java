package io.jingchu.hub.catalog;

/** The type of one field of a resource's schema. */
public enum FieldType {
    STRING, INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP
}
