/** CKAN DataStore compatibility: {@code datastore_search} and {@code datastore_search_sql}. */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.query.ckan;
