package io.jingchu.hub.access.internal;

import io.jingchu.hub.access.internal.RateWindows.Window;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code rate_window} table: per key one row holding the counts of its current minute and its current
 * day, shared by every hub instance on the same database. One row per key, not per window, so that one
 * update counts a request in both windows at once and its row count says without doubt whether the key
 * was known. A window that has moved on is restarted by the same update.
 *
 * <p>Runs without a transaction: each statement commits by itself, so a row is locked only for the instant
 * of its increment. The dialect common to H2 and PostgreSQL 14 has no upsert and no {@code RETURNING},
 * hence an update and a select in the steady state, and an insert only for a key's first request, retried
 * as an update when another instance inserted the row in between.
 */
class RateWindowStore {

    private static final String COUNT = """
            UPDATE rate_window SET
                minute_hits = CASE WHEN minute_start = :minuteStart THEN minute_hits + 1 ELSE 1 END,
                minute_start = :minuteStart,
                day_hits = CASE WHEN day_start = :dayStart THEN day_hits + 1 ELSE 1 END,
                day_start = :dayStart,
                day_end = :dayEnd
            WHERE limit_key = :key""";

    private final JdbcClient jdbc;

    RateWindowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of both windows after one more request. In the steady state: one update, one select. */
    Counts hit(String key, Window minute, Window day) {
        if (count(key, minute, day) == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO rate_window (limit_key, minute_start, minute_hits, day_start, day_end, day_hits)
                        VALUES (?, ?, 1, ?, ?, 1)""")
                        .params(key, minute.start(), day.start(), day.end()).update();
                return new Counts(1, 1);
            } catch (DuplicateKeyException raced) {
                count(key, minute, day);
            }
        }
        return read(key, minute, day);
    }

    /** Takes back one request from both windows, if they are still current: a refusal uses up nothing. */
    void unhit(String key, Window minute, Window day) {
        jdbc.sql("""
                UPDATE rate_window SET
                    minute_hits = CASE WHEN minute_start = :minuteStart AND minute_hits > 0
                        THEN minute_hits - 1 ELSE minute_hits END,
                    day_hits = CASE WHEN day_start = :dayStart AND day_hits > 0 THEN day_hits - 1 ELSE day_hits END
                WHERE limit_key = :key""")
                .param("minuteStart", minute.start())
                .param("dayStart", day.start())
                .param("key", key)
                .update();
    }

    /** The counts of the key in these windows, without counting anything. */
    Counts read(String key, Window minute, Window day) {
        Optional<Counts> counts = jdbc.sql(
                "SELECT minute_start, minute_hits, day_start, day_hits FROM rate_window WHERE limit_key = ?")
                .param(key)
                .query((rs, row) -> new Counts(
                        rs.getLong("minute_start") == minute.start() ? rs.getLong("minute_hits") : 0,
                        rs.getLong("day_start") == day.start() ? rs.getLong("day_hits") : 0))
                .optional();
        return counts.orElse(new Counts(0, 0));
    }

    /** Deletes the rows of keys not seen since before the current day; returns how many. */
    int purge(long now) {
        return jdbc.sql("DELETE FROM rate_window WHERE day_end <= ?").param(now).update();
    }

    private int count(String key, Window minute, Window day) {
        return jdbc.sql(COUNT)
                .param("minuteStart", minute.start())
                .param("dayStart", day.start())
                .param("dayEnd", day.end())
                .param("key", key)
                .update();
    }

    record Counts(long minute, long day) {
    }
}
