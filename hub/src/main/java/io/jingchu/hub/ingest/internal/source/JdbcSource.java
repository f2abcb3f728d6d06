package io.jingchu.hub.ingest.internal.source;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relational source to pull a load from: a PostgreSQL, MySQL or MariaDB database, and either one table or
 * one read-only query. The password is never shown by {@link #toString()}.
 *
 * @param url a {@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:mysql:} URL, checked by {@link JdbcPull}
 * @param table a table name, optionally schema-qualified ({@code schema.table}); or null when {@code query} is given
 * @param query a single {@code SELECT} (or {@code WITH … SELECT}); or null when {@code table} is given
 */
public record JdbcSource(String url, String user, String password, @Nullable String table, @Nullable String query) {

    public JdbcSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        table = blankToNull(table);
        query = blankToNull(query);
        if (table == null && query == null) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "jdbc.table");
        }
        if (table != null && query != null) {
            // one or the other: a query over a table is written as the query alone
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "jdbc.query");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return "JdbcSource[url=" + url + ", user=" + user + ", password=***, table=" + table + ", query=" + query + "]";
    }
}
