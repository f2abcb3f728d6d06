package io.jingchu.hub.ingest.internal.source;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.sql.Driver;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The two families of relational source a load may be pulled from, and what differs between them: the URL
 * scheme and the driver, the URL parameters a publisher may set, how identifiers are quoted, and how SQL text
 * is tokenized.
 *
 * <p>URL parameters are allowed by name, not refused by name: both drivers have parameters that load a class
 * named in the URL, read or write local files or pick up credentials from the environment, and a URL comes
 * from a publisher, not from the hub's operator. Timeouts are the hub's own and cannot be set in the URL.
 */
enum SqlDialect {

    POSTGRESQL(org.postgresql.Driver::new, '"',
            Set.of("ssl", "sslmode", "currentschema", "applicationname", "targetservertype", "loadbalancehosts",
                    "tcpkeepalive", "gssencmode")),

    /** MySQL and MariaDB, both through the MariaDB driver. */
    MARIADB(org.mariadb.jdbc.Driver::new, '`',
            Set.of("sslmode", "usessl", "trustservercertificate", "allowpublickeyretrieval", "tcpkeepalive",
                    "usecompression", "characterencoding", "useunicode", "timezone", "connectiontimezone",
                    "servertimezone"));

    static final String URL_FIELD = "jdbc.url";

    /** {@code //host[:port][,host[:port]…][/database]}: no driver-specific address syntax. */
    private static final Pattern LOCATION =
            Pattern.compile("//[A-Za-z0-9.\\-_]+(:\\d{1,5})?(,[A-Za-z0-9.\\-_]+(:\\d{1,5})?)*(/[\\p{L}\\p{N}_\\-.$]*)?");

    private final Supplier<Driver> driver;
    private final char quote;
    private final Set<String> parameters;

    SqlDialect(Supplier<Driver> driver, char quote, Set<String> parameters) {
        this.driver = driver;
        this.quote = quote;
        this.parameters = parameters;
    }

    /**
     * The dialect of a URL, which must be a PostgreSQL, MariaDB or MySQL URL of the plain
     * {@code //host:port/database?name=value} form with only the allowed parameters.
     *
     * @throws DomainException {@code FIELD_INVALID} on {@code jdbc.url} otherwise (the argument says why)
     */
    static SqlDialect of(String url) {
        SqlDialect dialect;
        String rest;
        if (url.startsWith("jdbc:postgresql:")) {
            dialect = POSTGRESQL;
            rest = url.substring("jdbc:postgresql:".length());
        } else if (url.startsWith("jdbc:mariadb:")) {
            dialect = MARIADB;
            rest = url.substring("jdbc:mariadb:".length());
        } else if (url.startsWith("jdbc:mysql:")) {
            dialect = MARIADB;
            rest = url.substring("jdbc:mysql:".length());
        } else {
            throw invalidUrl("only jdbc:postgresql:, jdbc:mariadb: and jdbc:mysql: URLs are accepted");
        }
        int question = rest.indexOf('?');
        String location = question < 0 ? rest : rest.substring(0, question);
        if (!LOCATION.matcher(location).matches()) {
            throw invalidUrl("the URL must have the form //host:port/database");
        }
        if (question >= 0) {
            for (String parameter : rest.substring(question + 1).split("&")) {
                String name = parameter.split("=", 2)[0];
                if (!name.isEmpty() && !dialect.parameters.contains(name.toLowerCase(Locale.ROOT))) {
                    throw invalidUrl("URL parameter " + name + " is not allowed");
                }
            }
        }
        return dialect;
    }

    /** The URL the driver is given: MySQL URLs in the MariaDB driver's own scheme, which it accepts without ado. */
    static String driverUrl(String url) {
        return url.startsWith("jdbc:mysql:") ? "jdbc:mariadb:" + url.substring("jdbc:mysql:".length()) : url;
    }

    Driver driver() {
        return driver.get();
    }

    /**
     * A validated identifier as it is quoted in this dialect. PostgreSQL folds unquoted names to lower case,
     * so a name given as {@code Orders} is quoted as {@code "orders"}, the table {@code CREATE TABLE Orders}
     * made; MySQL and MariaDB keep the name as it is.
     */
    String quote(String identifier) {
        String name = this == POSTGRESQL ? identifier.toLowerCase(Locale.ROOT) : identifier;
        return quote + name + quote;
    }

    private static DomainException invalidUrl(String reason) {
        return DomainException.onField(ErrorCode.FIELD_INVALID, URL_FIELD, reason);
    }
}
