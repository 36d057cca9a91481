package com.safetycredit.ledger.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Everything one run measured, as Markdown tables. */
final class Report {

    record Append(
            String backend,
            long storedBefore,
            String contestant,
            int clients,
            long events,
            double perSecond,
            double p50,
            double p99,
            String note) {}

    record Query(String backend, long stored, String query, int requests, double p50, double p99) {}

    /** @param build how the read models were built: a reset and full replay, or the catch-up after start */
    record Projection(
            String backend,
            long stored,
            String build,
            long built,
            double replayPerSecond,
            double replaySeconds,
            double writesPerSecond,
            long lagP50,
            long lagMax,
            double catchUpSeconds) {}

    record Audit(String backend, long stored, double verifyPerSecond, double exportPerSecond, boolean ok) {}

    record Memory(String backend, String phase, long serverMb, long storeMb) {}

    final List<Append> appends = new ArrayList<>();
    final List<Query> queries = new ArrayList<>();
    final List<Projection> projections = new ArrayList<>();
    final List<Audit> audits = new ArrayList<>();
    final List<Memory> memory = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> profiles = new ArrayList<>();

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Append through the full command path\n\n")
                .append(
                        "| backend | stored events before | contestant | clients | events | events/s | p50 ms | p99 ms | note |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Append a : appends) {
            md.append(f(
                    "| %s | %,d | %s | %d | %,d | %,.0f | %.2f | %.2f | %s |%n",
                    a.backend, a.storedBefore, a.contestant, a.clients, a.events, a.perSecond, a.p50, a.p99, a.note));
        }
        md.append(
                "\n| backend | stored events before | clients | ours / axon-mongo | ours / axon-jdbc (PostgreSQL) | ours / raw inserts |\n|---|---|---|---|---|---|\n");
        for (Append ours : appends) {
            if (!ours.contestant.equals("ledger")) {
                continue;
            }
            md.append(f(
                    "| %s | %,d | %d | %s | %s | %s |%n",
                    ours.backend,
                    ours.storedBefore,
                    ours.clients,
                    ratio(ours, "axon-mongo"),
                    ratio(ours, PostgresPeer.NAME),
                    ratio(ours, "raw inserts")));
        }
        md.append(
                "\n### Projections\n\n| backend | stored events | read models built by | events applied | events/s | s | writes/s during the lag test | lag p50 (events) | lag max (events) | caught up after writes stopped, s |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Projection p : projections) {
            md.append(f(
                    "| %s | %,d | %s | %,d | %,.0f | %.1f | %s | %s | %s | %s |%n",
                    p.backend,
                    p.stored,
                    p.build,
                    p.built,
                    p.replayPerSecond,
                    p.replaySeconds,
                    p.writesPerSecond < 0 ? "–" : f("%,.0f", p.writesPerSecond),
                    p.lagP50 < 0 ? "–" : f("%,d", p.lagP50),
                    p.lagMax < 0 ? "–" : f("%,d", p.lagMax),
                    p.catchUpSeconds < 0 ? "–" : f("%.1f", p.catchUpSeconds)));
        }
        md.append(
                "\n### Queries over HTTP (one client, sequential)\n\n| backend | stored events | query | requests | p50 ms | p99 ms |\n|---|---|---|---|---|---|\n");
        for (Query q : queries) {
            md.append(f(
                    "| %s | %,d | %s | %d | %.1f | %.1f |%n", q.backend, q.stored, q.query, q.requests, q.p50, q.p99));
        }
        md.append(
                "\n### Verification and export over HTTP\n\n| backend | stored events | verify events/s | export events/s | chain ok |\n|---|---|---|---|---|\n");
        for (Audit a : audits) {
            md.append(f(
                    "| %s | %,d | %,.0f | %,.0f | %s |%n",
                    a.backend, a.stored, a.verifyPerSecond, a.exportPerSecond, a.ok ? "yes" : "**no**"));
        }
        md.append(
                "\n### Memory: peak resident size per phase\n\n| backend | phase | server MB | benchmark process (embedded store, load generator) MB |\n|---|---|---|---|\n");
        for (Memory m : memory) {
            md.append(f(
                    "| %s | %s | %s | %,d |%n",
                    m.backend, m.phase, m.serverMb < 0 ? "–" : f("%,d", m.serverMb), m.storeMb));
        }
        if (!notes.isEmpty()) {
            md.append("\nNotes from the run:\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        if (!profiles.isEmpty()) {
            md.append("\n### Where the server spent its time (JFR execution samples, top frames per phase)\n\n");
            profiles.forEach(p -> md.append(p).append('\n'));
        }
        return md.toString();
    }

    private String ratio(Append ours, String other) {
        return appends.stream()
                .filter(a -> a.backend.equals(ours.backend)
                        && a.storedBefore <= ours.storedBefore * 11 / 10
                        && a.storedBefore >= ours.storedBefore * 9 / 10
                        && a.clients == ours.clients
                        && a.contestant.equals(other))
                .findFirst()
                .map(a -> f("%.2f×", ours.perSecond / a.perSecond))
                .orElse("–");
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
