package com.safetycredit.ledger.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The offline verifier's command line, from its own jar or the server's:
 * <pre>
 * java -jar ledger-verifier.jar --export ledger.ndjson --head-position 1234 --head-hash 9f… [--as-of 2024-06-01]
 * java -jar safety-credit-ledger.jar verify-export --export ledger.ndjson …   (the same, from the server's jar)
 * </pre>
 * Exit code 0 when the chain is intact, matches the head and every award decision recomputes; 1 otherwise;
 * 2 for a usage error or a file that cannot be read.
 */
@Command(
        name = "verify-export",
        mixinStandardHelpOptions = true,
        version = "ledger-verifier 1",
        description = {
            "Recomputes a ledger export's hash chain, black and red lists, award decisions, money",
            "invariants and 双随机 draws, with no server and no database.",
            "重新计算导出文件的哈希链、黑红名单、奖励决定、资金不变式和双随机抽取；",
            "无需服务器和数据库。"
        })
public final class OfflineVerifierCli implements Callable<Integer> {

    /** How the report is printed. */
    enum Format {
        TEXT,
        JSON
    }

    @Option(
            names = "--export",
            required = true,
            paramLabel = "FILE",
            description = "the NDJSON export (GET /api/v1/ledger/export)")
    Path export;

    @Option(names = "--head-position", paramLabel = "N", description = "the trusted head's position")
    Long headPosition;

    @Option(names = "--head-hash", paramLabel = "HEX", description = "the trusted head's hash")
    String headHash;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "the date to recompute status and lists on (default: today, China time)")
    LocalDate asOf;

    @Option(
            names = "--evaluation-year",
            paramLabel = "YYYY",
            description = "the year of the agencies' evaluation (default: the year before --as-of)")
    Integer evaluationYear;

    @Option(names = "--format", defaultValue = "TEXT", paramLabel = "text|json", description = "text or json")
    Format format;

    @Option(
            names = "--first-position",
            defaultValue = "1",
            paramLabel = "N",
            description = "the export's first position, when it starts after a trusted digest")
    long firstPosition;

    @Option(
            names = "--previous-hash",
            paramLabel = "HEX",
            description = "the trusted hash at the position before --first-position")
    String previousHash;

    private final PrintStream out;
    private final PrintStream err;

    OfflineVerifierCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new OfflineVerifierCli(out, err))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        List<BufferedReader> opened = new ArrayList<>();
        try {
            OfflineVerifier.Options options = new OfflineVerifier.Options(
                    headPosition,
                    headHash,
                    firstPosition,
                    previousHash,
                    asOf != null ? asOf : LocalDate.now(LedgerTime.ZONE),
                    evaluationYear);
            OfflineVerifier.Report report = new OfflineVerifier(
                            LedgerEventCatalog.registry(), CreditRules.shipped(), AwardPolicyCatalog.shipped())
                    .verify(() -> OfflineVerifier.lines(open(opened)), options);
            if (report.headMatches() == null) {
                err.println(NO_HEAD_WARNING);
            }
            if (format == Format.JSON) {
                out.println(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(report));
            } else {
                printText(report, out);
            }
            return report.ok() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("verify-export: " + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage());
            return 2;
        } finally {
            opened.forEach(OfflineVerifierCli::closeQuietly);
        }
    }

    /** The export, opened once per pass (the draws are re-run in a second pass over the file). */
    private BufferedReader open(List<BufferedReader> opened) {
        try {
            BufferedReader reader = Files.newBufferedReader(export, StandardCharsets.UTF_8);
            opened.add(reader);
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // read to the end already; nothing was written
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

    /** Agencies, their evaluation, and practitioners — whose personal fields the verifier never opens. */
    private static void printSubjects(OfflineVerifier.Report report, PrintStream out) {
        out.println();
        out.println(
                "中介机构状态 agencies on " + report.asOf() + ": " + report.agencies().size());
        report.agencies().forEach(a -> out.println("  " + a.uscc() + "  " + a.status() + "  " + a.name()));
        out.println("中介机构信用评价 agency evaluation " + report.evaluationYear() + ": "
                + report.agencyEvaluation().size());
        report.agencyEvaluation()
                .forEach(e -> out.println("  " + e.uscc() + "  " + e.score() + "  "
                        + (e.grade() == null ? "-" : e.grade()) + " " + e.gradeLabel() + "  " + e.name()));
        out.println("从业人员 practitioners: " + report.practitioners().size()
                + " (个人信息为密文，本工具不解密 personal fields are sealed; the verifier never opens them)");
        report.practitioners()
                .forEach(p -> out.println("  " + p.registrationNo() + "  " + p.qualification() + "  " + p.name()));
    }

    private static void printText(OfflineVerifier.Report report, PrintStream out) {
        var chain = report.chain();
        if (report.headMatches() == null) {
            out.println(NO_HEAD_WARNING);
        }
        out.println(
                chain.ok()
                        ? "链完整 chain intact: " + chain.checked() + " events recomputed"
                        : "链断裂 chain BROKEN at position " + chain.firstBadPosition() + ": " + chain.reason() + " ("
                                + chain.checked() + " verified before it)");
        if (report.headMatches() != null) {
            out.println(
                    report.headMatches()
                            ? "与可信头部一致 matches the trusted head"
                            : "与可信头部不一致 does NOT match the trusted head: " + report.headProblem());
        }
        out.println();
        out.println("严重失信主体名单 black list on " + report.asOf() + ": "
                + report.blackList().size());
        report.blackList().forEach(e -> out.println("  " + e.uscc() + "  " + e.name() + "  " + e.regionCode()));
        out.println(
                "守信激励名单 red list on " + report.asOf() + ": " + report.redList().size());
        report.redList().forEach(e -> out.println("  " + e.uscc() + "  " + e.name() + "  " + e.regionCode()));
        out.println();
        out.println("状态 status of every enterprise on " + report.asOf() + ":");
        report.statuses().forEach(e -> out.println("  " + e.uscc() + "  " + e.status() + "  " + e.grade()));
        out.println();
        out.println("奖励决定复算 award decisions recomputed: " + report.awards().size());
        report.awards()
                .forEach(a -> out.println("  " + (a.matches() ? "一致 " : "不一致 ") + a.applicationId() + "  "
                        + a.awardType() + " " + a.policyYear() + "  recorded " + a.recordedOutcome() + " "
                        + a.recordedAmountFen() + "  recomputed " + a.recomputedOutcome() + " "
                        + a.recomputedAmountFen()));
        printSubjects(report, out);
        out.println();
        out.println("资金不变式 money invariants (scope, once per basis and person, caps, gates, recoveries): "
                + (report.moneyInvariants().ok()
                        ? "OK"
                        : report.moneyInvariants().violations().size() + " violated"));
        report.moneyInvariants()
                .violations()
                .forEach(v -> out.println("  " + v.invariant() + "  position " + v.position() + "  " + v.applicationId()
                        + "  " + v.uscc() + "  " + v.message()));
        out.println();
        out.println("双随机抽取复算 draws re-run from their pool's position: "
                + report.draws().size());
        report.draws()
                .forEach(d -> out.println("  " + (d.matches() ? "一致 " : "不一致 ") + d.drawId() + "  position "
                        + d.position() + "  pool at " + d.poolPosition() + " (" + d.candidates() + " candidates, hash "
                        + (d.candidatesMatch() ? "matches" : "DIFFERS") + ")  recorded " + d.recordedDrawn()
                        + "  recomputed " + d.recomputedDrawn()));
        out.println(
                report.ok()
                        ? (report.headMatches() == null
                                ? "RESULT: OK WITHOUT A TRUSTED HEAD (truncation undetectable)"
                                : "RESULT: OK")
                        : "RESULT: FAILED");
    }
}
