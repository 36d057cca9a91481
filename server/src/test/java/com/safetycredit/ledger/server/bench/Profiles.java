package com.safetycredit.ledger.server.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the server's flight recording by phase: which methods the CPU samples landed in (the top frame) and
 * which of the ledger's own methods were on the stack, so every figure comes with where its time went.
 */
final class Profiles {

    private Profiles() {}

    static String topFramesByPhase(Path jfr, Map<String, Instant[]> phases, String backend, int top) throws Exception {
        Map<String, Map<String, Integer>> selfByPhase = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> ledgerByPhase = new LinkedHashMap<>();
        Map<String, Integer> samplesByPhase = new HashMap<>();
        Map<String, Integer> bcryptByPhase = new HashMap<>();
        phases.keySet().forEach(p -> {
            selfByPhase.put(p, new HashMap<>());
            ledgerByPhase.put(p, new HashMap<>());
        });
        try (RecordingFile recording = new RecordingFile(jfr)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                String phase = phaseOf(event.getStartTime(), phases);
                RecordedStackTrace stack = event.getStackTrace();
                if (phase == null || stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samplesByPhase.merge(phase, 1, Integer::sum);
                if (stack.getFrames().stream().anyMatch(Profiles::isBcrypt)) {
                    bcryptByPhase.merge(phase, 1, Integer::sum);
                }
                selfByPhase.get(phase).merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                for (RecordedFrame frame : stack.getFrames()) {
                    if (frame.getMethod().getType().getName().startsWith("com.safetycredit.ledger")) {
                        ledgerByPhase.get(phase).merge(name(frame), 1, Integer::sum);
                        break; // the innermost ledger method: where the ledger's own code asked for the work
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder();
        for (String phase : phases.keySet()) {
            int samples = samplesByPhase.getOrDefault(phase, 0);
            if (samples == 0) {
                continue;
            }
            md.append(Report.f("%n**%s, %s** (%,d samples). Top frames: ", backend, phase, samples));
            md.append(top(selfByPhase.get(phase), samples, top));
            md.append(". Innermost ledger method on the stack: ");
            md.append(top(ledgerByPhase.get(phase), samples, top));
            md.append(Report.f(
                    ". Samples with bcrypt on the stack: %.1f%%.%n",
                    100.0 * bcryptByPhase.getOrDefault(phase, 0) / samples));
        }
        return md.toString();
    }

    private static String top(Map<String, Integer> counts, int samples, int top) {
        return String.join(
                "; ",
                counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(top)
                        .map(e -> Report.f("`%s` %.0f%%", e.getKey(), 100.0 * e.getValue() / samples))
                        .toList());
    }

    /** A password hash being checked: what HTTP Basic costs per request without a verified-credential cache. */
    private static boolean isBcrypt(RecordedFrame frame) {
        return frame.getMethod().getType().getName().endsWith(".BCrypt");
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "."
                + frame.getMethod().getName();
    }

    private static String phaseOf(Instant time, Map<String, Instant[]> phases) {
        for (Map.Entry<String, Instant[]> phase : phases.entrySet()) {
            Instant[] span = phase.getValue();
            if (!time.isBefore(span[0]) && (span[1] == null || time.isBefore(span[1]))) {
                return phase.getKey();
            }
        }
        return null;
    }
}
