package io.jingchu.hub.query.duckdb;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides from DuckDB's own parse tree ({@code json_serialize_sql}) whether a statement is one read-only query
 * over tables only. The parser serializes nothing but SELECT statements, so anything else (INSERT, COPY, ATTACH,
 * PRAGMA, SET, CALL, EXPLAIN …) is already an error there. Within a SELECT, every table reference must be a table
 * by its bare name, a join, a subquery, a VALUES list or a pivot; table functions ({@code read_csv},
 * {@code read_parquet}, {@code glob}, {@code query} …), SHOW and DESCRIBE, qualified names and time travel are
 * refused. What remains are the bare table names, which the caller checks against the resources it may read.
 */
final class SelectCheck {

    private static final Set<String> QUERY_NODES = Set.of("SELECT_NODE", "SET_OPERATION_NODE", "CTE_NODE",
            "RECURSIVE_CTE_NODE");
    private static final Set<String> TABLE_REFERENCES = Set.of("BASE_TABLE", "JOIN", "SUBQUERY", "EMPTY",
            "EMPTY_FROM", "EXPRESSION_LIST", "PIVOT");

    private final JsonMapper json;

    SelectCheck(JsonMapper json) {
        this.json = json;
    }

    /** The bare table names the statement reads, CTE names left out. */
    Set<String> tables(String tree) {
        JsonNode root;
        try {
            root = json.readTree(tree);
        } catch (JacksonException e) {
            throw refused("the statement is too complex");
        }
        if (root.path("error").asBoolean(true)) {
            String message = root.path("error_message").asString("");
            throw refused(message.contains("Only SELECT") ? "only one SELECT statement is allowed" : message);
        }
        JsonNode statements = root.path("statements");
        if (!statements.isArray() || statements.size() != 1) {
            throw refused("exactly one statement is allowed");
        }
        JsonNode node = statements.get(0).path("node");
        if (!QUERY_NODES.contains(node.path("type").asString(""))) {
            throw refused("only a SELECT is allowed");
        }
        Set<String> tables = new LinkedHashSet<>();
        Set<String> ctes = new LinkedHashSet<>();
        walk(node, tables, ctes);
        tables.removeIf(name -> ctes.stream().anyMatch(cte -> cte.equalsIgnoreCase(name)));
        return tables;
    }

    private static void walk(JsonNode node, Set<String> tables, Set<String> ctes) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                walk(child, tables, ctes);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asString("");
        if (node.has("modifiers") && node.has("cte_map")) {
            if (!QUERY_NODES.contains(type)) {
                throw refused("unsupported query part " + type);
            }
            for (JsonNode cte : node.path("cte_map").path("map")) {
                ctes.add(cte.path("key").asString(""));
            }
        } else if (isTableReference(node)) {
            if (!TABLE_REFERENCES.contains(type)) {
                throw refused(type.equals("TABLE_FUNCTION")
                        ? "table functions such as " + node.path("function").path("function_name").asString("")
                                + "() are not allowed; name resources as tables"
                        : "unsupported table reference " + type);
            }
            if (type.equals("BASE_TABLE")) {
                if (!node.path("schema_name").asString("").isEmpty()
                        || !node.path("catalog_name").asString("").isEmpty()) {
                    throw refused("tables are named by resource code alone");
                }
                if (!node.path("at_clause").isNull() && !node.path("at_clause").isMissingNode()) {
                    throw refused("AT clauses are not allowed");
                }
                tables.add(node.path("table_name").asString(""));
            }
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            walk(member.getValue(), tables, ctes);
        }
    }

    /** Table references carry an alias and a sample clause and are neither expressions nor query nodes. */
    private static boolean isTableReference(JsonNode node) {
        return node.has("type") && node.has("alias") && node.has("sample") && !node.has("class")
                && !node.has("modifiers");
    }

    static DomainException refused(String reason) {
        return DomainException.onField(ErrorCode.SQL_NOT_ALLOWED, "sql", reason).withProperty("reason", reason);
    }
}
