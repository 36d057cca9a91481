package com.safetycredit.ledger.server.bench;

import java.util.Arrays;

/** Latencies of one measured window, in nanoseconds, and the rate they add up to. */
record Latencies(long[] nanos, double seconds, long units) {

    static Latencies of(long[][] parts, double seconds, long units) {
        long[] all = Arrays.stream(parts).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Latencies(all, seconds, units);
    }

    double perSecond() {
        return units / seconds;
    }

    double p50() {
        return percentile(0.50);
    }

    double p99() {
        return percentile(0.99);
    }

    /** Milliseconds. */
    double percentile(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        return nanos[Math.min(nanos.length - 1, (int) (nanos.length * p))] / 1e6;
    }
}
