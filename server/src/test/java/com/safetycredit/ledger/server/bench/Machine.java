package com.safetycredit.ledger.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run measured, in one line. */
final class Machine {

    private Machine() {}

    static String describe() {
        return Report.f(
                "%d cores (%s), %s memory, %s %s, %s",
                Runtime.getRuntime().availableProcessors(),
                cpu(),
                memory(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                os());
    }

    private static String cpu() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name", "unknown CPU");
    }

    private static String memory() {
        String kb = firstValue(Path.of("/proc/meminfo"), "MemTotal", "").replaceAll("[^0-9]", "");
        return kb.isEmpty() ? "unknown" : Report.f("%.0f GiB", Long.parseLong(kb) / 1024.0 / 1024.0);
    }

    private static String os() {
        String pretty = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", System.getProperty("os.name"))
                .replace("\"", "");
        return pretty + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ")";
    }

    private static String firstValue(Path file, String key, String otherwise) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1)
                            .strip();
                }
            }
        } catch (Exception e) {
            return otherwise;
        }
        return otherwise;
    }
}
