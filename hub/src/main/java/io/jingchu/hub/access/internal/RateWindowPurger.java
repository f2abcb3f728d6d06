package io.jingchu.hub.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes the counters of finished rate windows now and then, so that the table holds little more than the
 * current minute and day of each active client. Every instance does it; deleting twice is harmless. Only
 * a web application counts requests, so only one purges.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateWindowPurger implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RateWindowPurger.class);

    private final RateLimiter limiter;
    private final AccessSettings settings;

    RateWindowPurger(RateLimiter limiter, AccessSettings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::purge, settings.purgeInterval());
    }

    void purge() {
        int purged = limiter.purge();
        log.debug("Purged {} finished rate windows", purged);
    }
}
