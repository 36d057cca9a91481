package com.safetycredit.ledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier's command line: loud about a missing head, precise about a malformed line. */
class OfflineVerifierCliTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return OfflineVerifierCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void withoutATrustedHeadItWarnsThatTruncationCannotBeSeen() throws Exception {
        Path export = Files.writeString(folder.resolve("empty.ndjson"), "");
        assertThat(run("--export", export.toString(), "--as-of", "2024-06-01")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("WARNING", "CANNOT be detected", "无法发现导出文件末尾被截断")
                .contains("RESULT: OK WITHOUT A TRUSTED HEAD");
        assertThat(run("--export", export.toString(), "--format", "json")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("CANNOT be detected");
    }

    @Test
    void aMalformedLineIsNamedByItsNumber() throws Exception {
        Path export = Files.writeString(folder.resolve("bad.ndjson"), "\n\n{\"position\":1,\"broken\n");
        assertThat(run("--export", export.toString(), "--head-position", "1", "--head-hash", "00"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3 is not an exported event");
    }

    @Test
    void aMissingExportIsAUsageErrorThatShowsTheOptions() {
        assertThat(run("--head-position", "1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--export=FILE", "--head-hash=HEX", "--as-of");
    }

    @Test
    void anUnknownFormatOrDateIsRefusedBeforeAnythingIsRead() throws Exception {
        Path export = Files.writeString(folder.resolve("empty.ndjson"), "");
        assertThat(run("--export", export.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(run("--export", export.toString(), "--as-of", "2024-02-30")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("RESULT");
    }

    @Test
    void helpListsEveryOptionInBothLanguages() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--export", "--first-position", "--previous-hash", "无需服务器和数据库");
    }
}
