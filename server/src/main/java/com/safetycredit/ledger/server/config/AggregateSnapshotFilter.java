package com.safetycredit.ledger.server.config;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The aggregates' own snapshot filters (a {@code @Revision}'ed aggregate refuses snapshots of another
 * revision), looked up when a snapshot is read: Axon's configuration is built after the storage engine.
 */
@Component
class AggregateSnapshotFilter implements SnapshotFilter {

    private final ObjectProvider<Configuration> axon;

    AggregateSnapshotFilter(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        return axon.getObject().snapshotFilter().allow(snapshot);
    }
}
