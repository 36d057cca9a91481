package com.safetycredit.ledger.server.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** When each phase of the benchmark process ran, to read its own flight recording by phase. */
final class Phases {

    private final Map<String, Instant[]> spans = new LinkedHashMap<>();
    private String current;

    synchronized void start(String phase) {
        end();
        current = phase;
        spans.put(phase, new Instant[] {Instant.now(), null});
    }

    synchronized void end() {
        if (current != null) {
            spans.get(current)[1] = Instant.now();
            current = null;
        }
    }

    synchronized Map<String, Instant[]> spans() {
        end();
        return new LinkedHashMap<>(spans);
    }
}
