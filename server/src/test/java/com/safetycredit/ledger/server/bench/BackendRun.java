package com.safetycredit.ledger.server.bench;

import com.mongodb.client.MongoClient;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.store.VerifiedAggregateCache;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * All phases on one MongoDB: grow the ledger (and the peer's and the limit's stores) in bulk to each size,
 * measure append windows through the command path there; at the smallest and the largest size start the
 * server and measure replay, queries, projection lag, verification and export, with its memory.
 */
final class BackendRun {

    private final String backend;
    private final MongoClient client;
    private final String uri;
    private final Settings settings;
    private final Report report;
    private final WorkloadEvents workload = new WorkloadEvents(8, 10_000);
    private final Stores stores;

    /**
     * The contestants' aggregate caches, as a command node holds them: the server's size, kept from window to
     * window (a node that has run a while holds the enterprises it handled).
     */
    private final CountingCache ledgerCache;

    private final Cache peerCache = new BoundedCache(AGGREGATE_CACHE);

    /**
     * The second peer, on the H2 file's pass only (its store is its own; there both it and the ledger are durable
     * per commit): null when not run.
     */
    private PostgresPeer postgres;

    private final Cache postgresCache = new BoundedCache(AGGREGATE_CACHE);

    /** The server's default {@code ledger.command.aggregate-cache-size}. */
    static final int AGGREGATE_CACHE = 10_000;

    record Settings(
            long[] sizes,
            int window,
            Duration peerWindowLimit,
            long peerUpTo,
            Path jar,
            Path workDir,
            String serverHeap,
            int queryRequests) {

        Settings withSizes(long[] other) {
            return new Settings(other, window, peerWindowLimit, peerUpTo, jar, workDir, serverHeap, queryRequests);
        }
    }

    BackendRun(String backend, MongoClient client, String uri, Runnable afterCommit, Settings settings, Report report) {
        this.backend = backend;
        this.client = client;
        this.uri = uri;
        this.settings = settings;
        this.report = report;
        this.stores = new Stores(client, afterCommit);
        this.ledgerCache = new CountingCache(new VerifiedAggregateCache(stores.ledger.reader(), AGGREGATE_CACHE));
    }

    /** What the server's JVM needs besides its heap to reach the store (the locked store's client keys). */
    private List<String> serverJvmOptions = List.of();

    BackendRun withServerJvmOptions(List<String> options) {
        this.serverJvmOptions = options;
        return this;
    }

    /** Run the PostgreSQL peer beside the others on this backend's pass (it needs its store only once). */
    BackendRun withPostgres(PostgresPeer peer) {
        this.postgres = peer;
        return this;
    }

    void run() throws Exception {
        long[] sizes = settings.sizes();
        for (int i = 0; i < sizes.length; i++) {
            long size = sizes[i];
            grow(size);
            report.memory.add(new Report.Memory(backend, "bulk load to " + Report.f("%,d", size), -1, Rss.self()));
            appendWindows();
            if (postgres != null && (postgres.events >= settings.peerUpTo() || i == sizes.length - 1)) {
                replayReads();
                report.notes.add(Report.f(
                        "%s: %s (%s) was measured up to %,d stored events and then stopped.",
                        backend, PostgresPeer.NAME, postgres.version, postgres.events));
                postgres.close();
                postgres = null;
            }
            if (stores.peer != null && stores.peerEvents >= settings.peerUpTo()) {
                report.notes.add(Report.f(
                        "%s: the peer was measured up to %,d stored events and then dropped: "
                                + "its aggregate loads scan, so a window at a larger size would take hours.",
                        backend, stores.peerEvents));
                stores.dropPeer();
            }
            if (i == 0 || i == sizes.length - 1) {
                if (i == sizes.length - 1) {
                    stores.dropRaw(); // the limit is measured; its documents need not share the memory any more
                }
                serverPhases(i == sizes.length - 1);
            }
        }
        workload.stop();
    }

    private void grow(long size) {
        long started = System.nanoTime();
        long from = stores.ledger.reader().head().position();
        LedgerBenchmark.PHASES.start(backend + ": bulk load to " + Report.f("%,d", size));
        while (stores.ledger.reader().head().position() < size) {
            long missing = size - stores.ledger.reader().head().position();
            List<List<EventMessage<?>>> commits = workload.nextCommits(Math.min(missing, 5_000));
            stores.preload(commits);
            if (postgres != null) {
                List<EventMessage<?>> events = new ArrayList<>();
                commits.forEach(events::addAll);
                postgres.engine.appendEvents(events);
                postgres.events += events.size();
            }
        }
        // the peers' stores were written around their caches (the ledger's cache checks for itself)
        peerCache.removeAll();
        postgresCache.removeAll();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "%s: bulk-loaded %,d → %,d events in %.0f s%n",
                backend, from, stores.ledger.reader().head().position(), seconds);
    }

    private void appendWindows() throws Exception {
        warmUp();
        for (int clients : new int[] {1, 8}) {
            List<WorkloadEvents.Step> steps = workload.nextEnterpriseCommands(settings.window());
            long before = stores.ledger.reader().head().position();
            String at = Report.f(" at %,d, %d client(s)", before, clients);
            LedgerBenchmark.PHASES.start(backend + ": append, ledger" + at);
            try (CommandPath ledgerPath = new CommandPath(stores.ledger, ledgerCache)) {
                boolean[] sent = new boolean[steps.size()];
                Latencies l = ledgerPath.send(steps, clients, Duration.ofHours(1), sent);
                long events = stores.ledger.reader().head().position() - before;
                add("ledger", before, clients, events, l, "cache look-ups answered: " + ledgerCache.hitsAndReset());
            }
            // the limit: the documents of exactly the events the ledger just stored, one insert per event
            List<StoredEvent> appended = stores.ledger.reader().readStoredEvents(before, (int)
                    (stores.ledger.reader().head().position() - before));
            long rawBefore = stores.rawEvents;
            LedgerBenchmark.PHASES.start(backend + ": append, raw inserts" + at);
            Latencies raw = RawInserts.insert(stores.raw, appended, clients, stores.afterCommit);
            stores.rawEvents += appended.size();
            add("raw inserts", rawBefore, clients, appended.size(), raw, "");
            if (stores.peer != null) {
                stores.peerEvents +=
                        peerWindow("axon-mongo", stores.peer, peerCache, stores.peerEvents, steps, clients);
            }
            if (postgres != null) {
                postgres.events +=
                        peerWindow(PostgresPeer.NAME, postgres.engine, postgresCache, postgres.events, steps, clients);
            }
        }
    }

    /**
     * Before the windows at a size, each contestant's command node loads every enterprise once, as a node that
     * has run a while holds them (the cache is as large as the workload's enterprises) — the bulk load wrote
     * around all caches. The peers get the same time limit as their windows.
     */
    private void warmUp() {
        List<String> enterprises = workload.registered();
        warm("ledger", stores.ledger, ledgerCache, enterprises, Duration.ofHours(1));
        ledgerCache.hitsAndReset();
        if (stores.peer != null) {
            warm("axon-mongo", stores.peer, peerCache, enterprises, settings.peerWindowLimit());
        }
        if (postgres != null) {
            warm(PostgresPeer.NAME, postgres.engine, postgresCache, enterprises, settings.peerWindowLimit());
        }
    }

    private void warm(String name, EventStorageEngine engine, Cache cache, List<String> enterprises, Duration limit) {
        long head = stores.ledger.reader().head().position();
        LedgerBenchmark.PHASES.start(backend + ": warm-up, " + name + Report.f(" at %,d", head));
        long started = System.nanoTime();
        int loaded;
        try (CommandPath path = new CommandPath(engine, cache)) {
            loaded = path.warm(enterprises, limit);
        }
        String line = Report.f(
                "%s: warm-up of %s at %,d: %,d of %,d enterprises loaded in %.0f s.",
                backend, name, head, loaded, enterprises.size(), (System.nanoTime() - started) / 1e9);
        System.out.println(line);
        if (loaded < enterprises.size()) {
            report.notes.add(line);
        }
    }

    /**
     * A replay as Axon sees it, on our store and on PostgreSQL's alike: every stored event read in order through
     * the engine's tracking stream and its payload deserialised — what a processor replaying from the start pays
     * before any read model does anything. Our engine here keeps no recent events (Axon's own path), as the
     * peer keeps none.
     */
    private void replayReads() {
        long head = stores.ledger.reader().head().position();
        double ours = replayRead("ledger", stores.newLedgerEngine(), head);
        double theirs = replayRead(PostgresPeer.NAME, postgres.engine, head);
        report.notes.add(Report.f(
                "%s: replay read at %,d events, ours / %s: %.2f×.", backend, head, PostgresPeer.NAME, ours / theirs));
    }

    private double replayRead(String contestant, EventStorageEngine engine, long head) {
        LedgerBenchmark.PHASES.start(backend + ": replay read, " + contestant);
        long start = System.nanoTime();
        long[] read = new long[1];
        try (var events = engine.readEvents(null, false)) {
            events.forEach(event -> {
                event.getPayload();
                read[0]++;
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: replay read of %s, %,d events in %.1f s%n", backend, contestant, read[0], seconds);
        report.projections.add(new Report.Projection(
                backend,
                head,
                "replay read through Axon's engine (payloads deserialised), " + contestant,
                read[0],
                read[0] / seconds,
                seconds,
                -1,
                -1,
                -1,
                -1));
        return read[0] / seconds;
    }

    /**
     * A peer's window: the same commands through the same command path on its engine, cut after {@code
     * benchmark.peer-seconds}; what the cut left unsent is appended directly, so its store stays in step with the
     * ledger's. Returns the events its store gained.
     */
    private long peerWindow(
            String name,
            EventStorageEngine engine,
            Cache cache,
            long before,
            List<WorkloadEvents.Step> steps,
            int clients)
            throws Exception {
        LedgerBenchmark.PHASES.start(
                backend + ": append, " + name + Report.f(" at %,d, %d client(s)", before, clients));
        try (CommandPath path = new CommandPath(engine, cache)) {
            boolean[] sent = new boolean[steps.size()];
            Latencies l = path.send(steps, clients, settings.peerWindowLimit(), sent);
            long events = 0;
            List<EventMessage<?>> missed = new ArrayList<>();
            for (int s = 0; s < steps.size(); s++) {
                if (sent[s]) {
                    events += steps.get(s).events().size();
                } else {
                    missed.addAll(steps.get(s).events());
                }
            }
            String note = missed.isEmpty()
                    ? ""
                    : Report.f(
                            "window cut at %d s after %,d of %,d commands",
                            settings.peerWindowLimit().toSeconds(), l.units(), steps.size());
            add(name, before, clients, events, new Latencies(l.nanos(), l.seconds(), events), note);
            if (!missed.isEmpty()) {
                engine.appendEvents(missed);
                cache.removeAll(); // its store was written around it
            }
            return events + missed.size();
        }
    }

    private void add(String contestant, long before, int clients, long events, Latencies l, String note) {
        Report.Append row = new Report.Append(
                backend, before, contestant, clients, events, events / l.seconds(), l.p50(), l.p99(), note);
        report.appends.add(row);
        System.out.printf(
                "%s: %s at %,d stored, %d client(s): %,.0f events/s, p50 %.2f ms, p99 %.2f ms %s%n",
                backend, contestant, before, clients, row.perSecond(), row.p50(), row.p99(), note);
    }

    private void serverPhases(boolean largest) throws Exception {
        long at = stores.ledger.reader().head().position(); // the phases append (lag test): label them where they began
        String tag = backend + "-" + at;
        Path log = settings.workDir().resolve("server-" + tag + ".log");
        Path jfr = settings.workDir().resolve("server-" + tag + ".jfr");
        ServerPhases phases;
        LedgerBenchmark.PHASES.start(backend + ": server phases at "
                + Report.f("%,d", stores.ledger.reader().head().position()));
        try (ServerProcess server = ServerProcess.start(
                settings.jar(), uri, Stores.LEDGER_DATABASE, log, jfr, settings.serverHeap(), serverJvmOptions)) {
            phases = new ServerPhases(backend, server, stores, workload, report, settings.queryRequests());
            phases.replay(!largest);
            phases.queries();
            if (largest) {
                phases.lagUnderLoad();
                phases.audit();
            }
            server.phase("stop");
            server.peaks()
                    .forEach((phase, mb) -> report.memory.add(
                            new Report.Memory(backend, phase + " at " + Report.f("%,d", at), mb, Rss.self())));
        }
        phases.profile(jfr);
    }
}
