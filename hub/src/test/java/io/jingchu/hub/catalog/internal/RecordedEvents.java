package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.ResourceEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Collects published events and whether each was published inside a transaction. */
class RecordedEvents implements ApplicationEventPublisher {

    final List<ResourceEvent> events = new CopyOnWriteArrayList<>();
    final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();

    @Override
    public void publishEvent(Object event) {
        events.add((ResourceEvent) event);
        inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
    }

    List<ResourceEvent> about(String code) {
        return events.stream().filter(e -> e.resource().code().equals(code)).toList();
    }
}
