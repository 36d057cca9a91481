package com.safetycredit.ledger.shared.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.safetycredit.ledger.shared.credit.CreditRules;
import com.safetycredit.ledger.shared.events.LedgerEventCatalog;
import com.safetycredit.ledger.shared.policy.AwardPolicyCatalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The offline verifier's command line:
 * <pre>
 * java -jar safety-credit-ledger.jar verify-export --export ledger.ndjson \
 *      --head-position 1234 --head-hash 9f…  [--as-of 2024-06-01] [--format text|json]
 *      [--first-position N --previous-hash H]   (an export that starts after a trusted digest)
 * </pre>
 * Exit code 0 when the chain is intact, matches the head and every award decision recomputes; 1 otherwise;
 * 2 for a usage error.
 */
public final class OfflineVerifierCli {

    private OfflineVerifierCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                return usage(err, "unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0 || !options.containsKey("export")) {
            return usage(err, "--export is required");
        }
        try (BufferedReader reader = Files.newBufferedReader(Path.of(options.get("export")), StandardCharsets.UTF_8)) {
            OfflineVerifier.Options verification = new OfflineVerifier.Options(
                    options.containsKey("head-position") ? Long.valueOf(options.get("head-position")) : null,
                    options.get("head-hash"),
                    Long.parseLong(options.getOrDefault("first-position", "1")),
                    options.get("previous-hash"),
                    LocalDate.parse(options.getOrDefault("as-of", LocalDate.now(com.safetycredit.ledger.shared.LedgerTime.ZONE).toString())));
            OfflineVerifier.Report report = new OfflineVerifier(LedgerEventCatalog.registry(), CreditRules.shipped(),
                    AwardPolicyCatalog.shipped()).verify(OfflineVerifier.lines(reader), verification);
            if (report.headMatches() == null) {
                err.println(NO_HEAD_WARNING);
            }
            if ("json".equals(options.getOrDefault("format", "text"))) {
                out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } else {
                printText(report, out);
            }
            return report.ok() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("verify-export: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Without a head obtained apart from the file, a file cut short — events removed from its end — still
     * verifies: every remaining link is intact. Said on every run without one, where nobody can miss it.
     */
    static final String NO_HEAD_WARNING = "警告 WARNING: 未提供可信头部，无法发现导出文件末尾被截断（删除了最后的事件）。"
            + "请另行获取头部（GET /api/v1/ledger/head）并以 --head-position 和 --head-hash 传入。\n"
            + "警告 WARNING: no trusted head was given: an export cut short (events removed from its end) CANNOT be "
            + "detected. Obtain the head separately (GET /api/v1/ledger/head) and pass --head-position and --head-hash.";

    private static void printText(OfflineVerifier.Report report, PrintStream out) {
        var chain = report.chain();
        if (report.headMatches() == null) {
            out.println(NO_HEAD_WARNING);
        }
        out.println(chain.ok() ? "链完整 chain intact: " + chain.checked() + " events recomputed"
                : "链断裂 chain BROKEN at position " + chain.firstBadPosition() + ": " + chain.reason()
                + " (" + chain.checked() + " verified before it)");
        if (report.headMatches() != null) {
            out.println(report.headMatches() ? "与可信头部一致 matches the trusted head"
                    : "与可信头部不一致 does NOT match the trusted head: " + report.headProblem());
        }
        out.println();
        out.println("严重失信主体名单 black list on " + report.asOf() + ": " + report.blackList().size());
        report.blackList().forEach(e -> out.println("  " + e.uscc() + "  " + e.name() + "  " + e.regionCode()));
        out.println("守信激励名单 red list on " + report.asOf() + ": " + report.redList().size());
        report.redList().forEach(e -> out.println("  " + e.uscc() + "  " + e.name() + "  " + e.regionCode()));
        out.println();
        out.println("状态 status of every enterprise on " + report.asOf() + ":");
        report.statuses().forEach(e -> out.println("  " + e.uscc() + "  " + e.status() + "  " + e.grade()));
        out.println();
        out.println("奖励决定复算 award decisions recomputed: " + report.awards().size());
        report.awards().forEach(a -> out.println("  " + (a.matches() ? "一致 " : "不一致 ") + a.applicationId() + "  "
                + a.awardType() + " " + a.policyYear() + "  recorded " + a.recordedOutcome() + " "
                + a.recordedAmountFen() + "  recomputed " + a.recomputedOutcome() + " " + a.recomputedAmountFen()));
        out.println();
        out.println("资金不变式 money invariants (scope, once per basis and person, caps, gates, recoveries): "
                + (report.moneyInvariants().ok() ? "OK" : report.moneyInvariants().violations().size() + " violated"));
        report.moneyInvariants().violations().forEach(v -> out.println("  " + v.invariant() + "  position "
                + v.position() + "  " + v.applicationId() + "  " + v.uscc() + "  " + v.message()));
        out.println(report.ok() ? (report.headMatches() == null ? "RESULT: OK WITHOUT A TRUSTED HEAD (truncation undetectable)"
                : "RESULT: OK") : "RESULT: FAILED");
    }

    private static int usage(PrintStream err, String problem) {
        err.println("verify-export: " + problem);
        err.println("usage: verify-export --export FILE [--head-position N --head-hash HEX] [--as-of YYYY-MM-DD]"
                + " [--format text|json] [--first-position N --previous-hash HEX]");
        return 2;
    }
}
