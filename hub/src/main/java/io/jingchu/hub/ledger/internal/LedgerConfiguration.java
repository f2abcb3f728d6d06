package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.TreeHash;
import io.jingchu.hub.ledger.CheckpointAnchor;
import io.jingchu.hub.common.HubProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Wires the ledger: the tree hash the log was created with (a log never changes its hash), the signing keys from
 * their files, the recorder, the sequencer, the reads, and the anchors checkpoints are handed to.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LedgerSettings.class, AnchorSettings.class})
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
    EntryStore ledgerEntryStore(JdbcClient jdbc, JdbcTemplate template, LogIdentity log) {
        return new EntryStore(jdbc, template, log.hash());
    }

    @Bean
    LedgerRecorder ledgerRecorder(EntryStore entries) {
        return new LedgerRecorder(entries);
    }

    /** The one store of the tree's hashes, with its cache, shared by the sequencer and the reads. */
    @Bean
    NodeStore ledgerNodeStore(LogIdentity log, LedgerSettings settings, JdbcClient jdbc, JdbcTemplate template) {
        NodeCache cache = new NodeCache(log.hash().length(), settings.nodeCache().toBytes());
        return new NodeStore(jdbc, template, log.hash(), cache);
    }

    @Bean
    LedgerSequencer ledgerSequencer(EntryStore entries, NodeStore nodes, LogIdentity log, LedgerSettings settings,
            JdbcClient jdbc, TransactionOperations tx) {
        return new LedgerSequencer(entries, nodes, new TreeStateStore(jdbc), log, settings.batchSize(), tx,
                Clock.systemUTC());
    }

    @Bean
    LedgerService ledgerService(EntryStore entries, NodeStore nodes, LedgerSequencer sequencer, LogIdentity log,
            JdbcClient jdbc) {
        return new LedgerService(entries, nodes, new TreeStateStore(jdbc), sequencer, log, new AnchorReceiptStore(jdbc));
    }

    @Bean
    CheckpointAnchoring checkpointAnchoring(AnchorSettings settings, ObjectProvider<CheckpointAnchor> beans,
            LogIdentity log, JdbcClient jdbc) {
        return new CheckpointAnchoring(anchors(settings, beans), new AnchorReceiptStore(jdbc), new TreeStateStore(jdbc),
                log.origin(), settings, Clock.systemUTC());
    }

    @Bean
    AnchorSchedule anchorSchedule(CheckpointAnchoring anchoring, AnchorSettings settings) {
        return new AnchorSchedule(anchoring, settings);
    }

    /** The anchors of the settings, then those that are beans; their names must be unique and well formed. */
    private static List<CheckpointAnchor> anchors(AnchorSettings settings, ObjectProvider<CheckpointAnchor> beans) {
        List<CheckpointAnchor> anchors = new ArrayList<>();
        settings.directories().forEach(d -> anchors.add(new DirectoryAnchor(d.name(), d.path())));
        settings.http().forEach(e -> anchors.add(new HttpAnchor(e.name(), e.url(), e.timeout(), e.authorization())));
        beans.orderedStream().forEach(anchors::add);
        Set<String> names = new HashSet<>();
        for (CheckpointAnchor anchor : anchors) {
            if (!AnchorSettings.NAME.matcher(anchor.name()).matches() || !names.add(anchor.name())) {
                throw new IllegalStateException("the ledger anchor " + anchor.getClass().getName() + " is named \""
                        + anchor.name() + "\": anchor names must be unique, of lower-case letters, digits and dashes");
            }
        }
        return anchors;
    }
}
