package io.jingchu.hub.access.internal;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Now and then deletes the counters of finished rate windows, so that the table holds little more than the
 * current minute and day of each active client, and the records of data access older than the retention
 * setting. Every instance does it; deleting twice is harmless. Only a web application counts requests and
 * records reads, so only one purges.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccessHousekeeping implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AccessHousekeeping.class);

    private final RateLimiter limiter;
    private final AccessRecordStore records;
    private final AccessSettings settings;

    AccessHousekeeping(RateLimiter limiter, JdbcClient jdbc, AccessSettings settings) {
        this.limiter = limiter;
        this.records = new AccessRecordStore(jdbc);
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(() -> purge(Instant.now()), settings.purgeInterval());
    }

    void purge(Instant now) {
        int windows = limiter.purge();
        int reads = records.deleteBefore(now.minus(settings.recordRetention()));
        log.debug("Purged {} finished rate windows and {} records of data access past retention", windows, reads);
    }
}
