package io.jingchu.hub.access.internal;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.identity.TokenApi;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the access module from its parts; every part can also be built by hand in a test. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    RateLimiter rateLimiter(JdbcClient jdbc, AccessSettings settings) {
        return new RateLimiter(new RateWindowStore(jdbc), settings, Clock.systemUTC());
    }

    @Bean
    AccessService accessService(CatalogApi catalog, TokenApi tokens, JdbcClient jdbc, RateLimiter limiter,
            AccessSettings settings, ApplicationEventPublisher events) {
        return new AccessService(catalog, tokens, new ApplicationStore(jdbc), new AccessRecordStore(jdbc), limiter,
                settings, events, Clock.systemUTC());
    }
}
