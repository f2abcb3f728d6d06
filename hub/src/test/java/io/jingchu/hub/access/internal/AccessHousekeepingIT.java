package io.jingchu.hub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Records of data access are kept for the retention setting (three years by default), then deleted. */
class AccessHousekeepingIT extends IntegrationTest {

    @Autowired
    AccessHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsPastRetentionAreDeletedAndNewerOnesKept() {
        String code = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        insert(code, now.minus(Duration.ofDays(1100)));
        insert(code, now.minus(Duration.ofDays(1090)));
        insert(code, now.minus(Duration.ofMinutes(5)));

        housekeeping.purge(now);

        assertThat(jdbc.sql("SELECT count(*) FROM data_access WHERE resource_code = ?").param(code)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT min(accessed_at) FROM data_access WHERE resource_code = ?").param(code)
                .query(Timestamp.class).single().toInstant()).isAfter(now.minus(Duration.ofDays(1095)));
    }

    private void insert(String code, Instant at) {
        jdbc.sql("""
                INSERT INTO data_access (accessed_at, access_day, username, user_id, client_address, resource_code,
                    organization_id, version_number, access_kind, rows_returned, outcome)
                VALUES (?, ?, 'anonymous', 0, '192.0.2.1', ?, NULL, 1, 'ROWS', 20, 'OK')""")
                .params(Timestamps.param(at), LocalDate.ofInstant(at, ZoneOffset.UTC), code).update();
    }
}
