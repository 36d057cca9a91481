package com.safetycredit.ledger.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of a process, from Linux's {@code /proc/<pid>/status}; 0 where that is unavailable. */
final class Rss {

    private Rss() {}

    /** Megabytes. */
    static long of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static long self() {
        return of(ProcessHandle.current().pid());
    }
}
