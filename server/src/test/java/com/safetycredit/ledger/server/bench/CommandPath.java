package com.safetycredit.ledger.server.bench;

import com.safetycredit.ledger.command.enterprise.EnterpriseAggregate;
import com.safetycredit.ledger.command.enterprise.RedListCheck;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;

/**
 * The full command path on one storage engine: command gateway, the aggregate from a bounded cache or loaded
 * from the store (its newest snapshot and the events after it), the decision, append, concurrency check.
 */
final class CommandPath implements AutoCloseable {

    private final Configuration axon;
    private final CommandGateway gateway;

    /** As the server runs it: the enterprise aggregate cached ({@code cache}) and snapshotted every 100 events. */
    CommandPath(EventStorageEngine engine, Cache cache) {
        this.axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(EnterpriseAggregate.class)
                        .configureCache(c -> cache)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), 100)))
                // a listing's handler takes the procedure's rules (RULES.md §11); the workload's listings need no
                // notice
                .registerComponent(ProcedureRules.class, c -> ProcedureRules.DEFAULT)
                .registerComponent(Clock.class, c -> Clock.systemUTC())
                .registerComponent(RedListCheck.class, c -> new RecordsRedListCheck(Map.of()))
                .buildConfiguration();
        axon.start();
        this.gateway = axon.commandGateway();
    }

    /**
     * Sends {@code commands} from {@code clients} threads; each enterprise belongs to one client, so its
     * commands keep their order and never race. Stops early after {@code limit}; returns what was done.
     */
    Latencies send(List<WorkloadEvents.Step> steps, int clients, Duration limit, boolean[] sentFlags) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int i = 0; i < steps.size(); i++) {
                    Object command = steps.get(i).command();
                    if (Math.floorMod(usccOf(command).hashCode(), clients) != client) {
                        continue;
                    }
                    if (System.nanoTime() > deadline) {
                        break;
                    }
                    long t = System.nanoTime();
                    gateway.sendAndWait(command, WorkloadEvents.LOADER);
                    latencies.add(System.nanoTime() - t);
                    sentFlags[i] = true;
                }
                return latencies.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        long[][] parts = new long[clients][];
        for (int c = 0; c < clients; c++) {
            parts[c] = futures.get(c).get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long sent = 0;
        for (long[] part : parts) {
            sent += part.length;
        }
        return Latencies.of(parts, seconds, sent);
    }

    /**
     * Loads each enterprise once through the repository, as a node that has been handling commands a while has
     * them: in its cache, snapshotted where 100 events had gathered since the last snapshot. Stops after {@code
     * limit}; returns how many were loaded.
     */
    int warm(List<String> usccs, Duration limit) {
        Repository<EnterpriseAggregate> repository = axon.repository(EnterpriseAggregate.class);
        long deadline = System.nanoTime() + limit.toNanos();
        int loaded = 0;
        for (String uscc : usccs) {
            if (System.nanoTime() > deadline) {
                break;
            }
            DefaultUnitOfWork.startAndGet(null).execute(() -> repository.load(uscc));
            loaded++;
        }
        return loaded;
    }

    static String usccOf(Object command) {
        try {
            return (String) command.getClass().getMethod("uscc").invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(command.getClass() + " has no uscc", e);
        }
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
