package io.jingchu.hub.ledger.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the sequencer every {@code jingchu.ledger.sequence-interval} in every instance; the state row's lock
 * makes them take turns, so running it in several is harmless.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SequencerSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SequencerSchedule.class);

    private final LedgerSequencer sequencer;
    private final LedgerSettings settings;

    SequencerSchedule(LedgerSequencer sequencer, LedgerSettings settings) {
        this.sequencer = sequencer;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::sequence, settings.sequenceInterval());
    }

    void sequence() {
        long sequenced = sequencer.sequenceWaiting();
        if (sequenced > 0) {
            log.debug("sequenced {} ledger entries", sequenced);
        }
        sequencer.catchUpCache();
    }
}
