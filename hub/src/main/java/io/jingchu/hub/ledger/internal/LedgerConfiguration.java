package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.TreeHash;
import io.jingchu.hub.common.HubProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Wires the ledger: the tree hash the log was created with (a log never changes its hash), the signing keys from
 * their files, the recorder, the sequencer and the reads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerSettings.class)
class LedgerConfiguration {

    @Bean
    LogIdentity logIdentity(LedgerSettings settings, HubProperties hub, JdbcClient jdbc) {
        String created = new TreeStateStore(jdbc).claimHash(settings.hash());
        if (!settings.hash().equals(created)) {
            throw new IllegalStateException("the ledger was created with the tree hash " + created
                    + "; jingchu.ledger.hash says " + settings.hash() + " and a log cannot change its hash");
        }
        String origin = settings.originFor(hub.publicUrl());
        return new LogIdentity(origin, TreeHash.named(settings.hash()), LedgerKeys.load(settings, origin,
                hub.dataDir()));
    }

    @Bean
    EntryStore ledgerEntryStore(JdbcClient jdbc, JdbcTemplate template) {
        return new EntryStore(jdbc, template);
    }

    @Bean
    LedgerRecorder ledgerRecorder(EntryStore entries) {
        return new LedgerRecorder(entries);
    }

    @Bean
    LedgerSequencer ledgerSequencer(EntryStore entries, LogIdentity log, LedgerSettings settings, JdbcClient jdbc,
            JdbcTemplate template, TransactionOperations tx) {
        return new LedgerSequencer(entries, new NodeStore(jdbc, template, log.hash()), new TreeStateStore(jdbc), log,
                settings.batchSize(), tx, Clock.systemUTC());
    }

    @Bean
    LedgerService ledgerService(EntryStore entries, LedgerSequencer sequencer, LogIdentity log, JdbcClient jdbc,
            JdbcTemplate template) {
        return new LedgerService(entries, new NodeStore(jdbc, template, log.hash()), new TreeStateStore(jdbc), sequencer, log);
    }
}
