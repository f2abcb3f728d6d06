package io.jingchu.client;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * What to load into a resource and how to read it: exactly one source (a finished {@link Upload}, a file on
 * the hub's own disk, or a relational database), and optional reading settings.
 *
 * <pre>{@code
 * hub.startLoad("YC-JT-0012", LoadRequest.upload(upload.id()).withEncoding("GB18030").withMaxErrors(10));
 * }</pre>
 *
 * @param upload the id of a complete upload, or null
 * @param path a path on the hub's machine, inside a directory the hub allows loading from, or null
 * @param jdbc a relational source, or null
 * @param format csv, tsv, xlsx, xls, json, ndjson or parquet; the hub tells from the file name when null
 * @param encoding auto, UTF-8, GB18030 or GBK; the hub detects it when null
 * @param maxErrors how many values may fail to convert before the load fails; the hub's default (0) when null
 * @param sheet the worksheet of an xlsx or xls file; the first when null
 */
public record LoadRequest(String upload, String path, JdbcSource jdbc, String format, String encoding,
        Integer maxErrors, String sheet) {

    public LoadRequest {
        int sources = (upload != null ? 1 : 0) + (path != null ? 1 : 0) + (jdbc != null ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException("a load has exactly one source: an upload, a path or a JDBC source");
        }
        if (maxErrors != null && maxErrors < 0) {
            throw new IllegalArgumentException("maxErrors cannot be negative: " + maxErrors);
        }
    }

    /** Loads a complete upload. */
    public static LoadRequest upload(String uploadId) {
        return new LoadRequest(Objects.requireNonNull(uploadId, "uploadId"), null, null, null, null, null, null);
    }

    /** Loads a file the hub reads from its own disk. */
    public static LoadRequest path(String serverPath) {
        return new LoadRequest(null, Objects.requireNonNull(serverPath, "serverPath"), null, null, null, null, null);
    }

    /** Pulls a table or the rows of a read-only query from a relational database. */
    public static LoadRequest jdbc(JdbcSource source) {
        return new LoadRequest(null, null, Objects.requireNonNull(source, "source"), null, null, null, null);
    }

    public LoadRequest withFormat(String newFormat) {
        return new LoadRequest(upload, path, jdbc, newFormat, encoding, maxErrors, sheet);
    }

    public LoadRequest withEncoding(String newEncoding) {
        return new LoadRequest(upload, path, jdbc, format, newEncoding, maxErrors, sheet);
    }

    public LoadRequest withMaxErrors(Integer newMaxErrors) {
        return new LoadRequest(upload, path, jdbc, format, encoding, newMaxErrors, sheet);
    }

    public LoadRequest withSheet(String newSheet) {
        return new LoadRequest(upload, path, jdbc, format, encoding, maxErrors, newSheet);
    }

    /** The request body: {@code {"upload": …} | {"path": …} | {"jdbc": {…}}} and the settings given. */
    ObjectNode toJson() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (upload != null) {
            body.put("upload", upload);
        } else if (path != null) {
            body.put("path", path);
        } else {
            body.set("jdbc", jdbc.toJson());
        }
        putIfPresent(body, "format", format);
        putIfPresent(body, "encoding", encoding);
        if (maxErrors != null) {
            body.put("maxErrors", maxErrors);
        }
        putIfPresent(body, "sheet", sheet);
        return body;
    }

    private static void putIfPresent(ObjectNode body, String member, String value) {
        if (value != null) {
            body.put(member, value);
        }
    }

    /**
     * A relational source: a JDBC URL (PostgreSQL, MySQL or MariaDB), the account to read with, and either a
     * table or one read-only query. The password travels to the hub in the request body only.
     */
    public record JdbcSource(String url, String user, String password, String table, String query) {

        public JdbcSource {
            Objects.requireNonNull(url, "url");
            if ((table == null) == (query == null)) {
                throw new IllegalArgumentException("a JDBC source names either a table or a query");
            }
        }

        public static JdbcSource table(String url, String user, String password, String table) {
            return new JdbcSource(url, user, password, Objects.requireNonNull(table, "table"), null);
        }

        public static JdbcSource query(String url, String user, String password, String query) {
            return new JdbcSource(url, user, password, null, Objects.requireNonNull(query, "query"));
        }

        ObjectNode toJson() {
            ObjectNode node = Json.MAPPER.createObjectNode().put("url", url);
            putIfPresent(node, "user", user);
            putIfPresent(node, "password", password);
            putIfPresent(node, "table", table);
            putIfPresent(node, "query", query);
            return node;
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "JdbcSource[url=" + url + ", user=" + user + ", table=" + table + ", query=" + query + "]";
        }
    }
}
