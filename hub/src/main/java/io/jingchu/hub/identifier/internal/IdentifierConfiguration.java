package io.jingchu.hub.identifier.internal;

import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.ledger.LedgerApi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the identifiers: the store, the listeners that assign them and the resolution. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentifierSettings.class)
class IdentifierConfiguration {

    @Bean
    IdentifierStore identifierStore(JdbcClient jdbc) {
        return new IdentifierStore(jdbc);
    }

    @Bean
    IdentifierAssigner identifierAssigner(IdentifierStore store) {
        return new IdentifierAssigner(store);
    }

    @Bean
    IdentifierService identifierService(IdentifierStore store, LedgerApi ledger, IdentifierSettings settings,
            HubProperties hub) {
        return new IdentifierService(store, ledger, settings, hub.publicUrl());
    }
}
