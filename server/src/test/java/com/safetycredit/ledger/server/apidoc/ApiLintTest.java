package com.safetycredit.ledger.server.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (which {@link ApiContractSnapshotTest} holds equal to what the server describes) passes
 * the standard linters with zero errors: Redocly CLI with its recommended rules for OpenAPI, the AsyncAPI parser
 * (the validation {@code asyncapi validate} runs) for AsyncAPI. Both are pinned npm packages in
 * {@code .ci/api-lint} ({@code npm ci --prefix .ci/api-lint}, which {@code .ci/run} does). Without them the test is
 * skipped with a message, unless {@code LEDGER_API_LINT=required} (CI), where it fails.
 */
class ApiLintTest {

    static final Path TOOLS = Path.of("..", ".ci", "api-lint").toAbsolutePath().normalize();
    static final Path REDOCLY = TOOLS.resolve("node_modules/.bin/redocly");
    static final Path ASYNCAPI_PARSER = TOOLS.resolve("node_modules/@asyncapi/parser");

    @Test
    void theOpenApiDescriptionLintsCleanUnderRedoclysRecommendedRules() throws Exception {
        requireLinters();
        Run run = run(List.of(
                REDOCLY.toString(),
                "lint",
                "--config",
                TOOLS.resolve("redocly.yaml").toString(),
                "--format",
                "json",
                Descriptions.OPENAPI.toAbsolutePath().toString()));
        JsonNode report = new ObjectMapper().readTree(run.output());
        StringBuilder problems = new StringBuilder();
        report.get("problems").forEach(problem -> problems.append("  ")
                .append(problem.get("severity").asText())
                .append(' ')
                .append(problem.get("ruleId").asText())
                .append(": ")
                .append(problem.get("message").asText())
                .append('\n'));
        System.out.println("Redocly CLI, recommended rules, on " + Descriptions.OPENAPI + ": " + report.get("totals")
                + "\n" + problems);
        assertThat(report.at("/totals/errors").asInt()).as(problems.toString()).isZero();
        assertThat(run.exit()).as(run.errors()).isZero();
    }

    @Test
    void theAsyncApiDescriptionParsesAndValidatesWithoutErrors() throws Exception {
        requireLinters();
        Run run = run(List.of(
                "node",
                TOOLS.resolve("asyncapi-lint.mjs").toString(),
                Descriptions.ASYNCAPI.toAbsolutePath().toString()));
        assertThat(run.errors()).as("nothing on stderr").isBlank();
        System.out.println("AsyncAPI parser on " + Descriptions.ASYNCAPI + ":\n" + run.output());
        Matcher summary =
                Pattern.compile("AsyncAPI lint: (\\d+) errors, (\\d+) warnings").matcher(run.output());
        assertThat(summary.find()).as(run.output()).isTrue();
        assertThat(Integer.parseInt(summary.group(1))).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("could not be parsed");
        assertThat(run.exit()).as(run.output()).isZero();
    }

    private static void requireLinters() {
        boolean installed = Files.isExecutable(REDOCLY) && Files.isDirectory(ASYNCAPI_PARSER);
        String how = "the API linters are not installed: run `npm ci --prefix .ci/api-lint --ignore-scripts` "
                + "(Node.js 20.19+ and npm; .ci/run does it)";
        if ("required".equals(System.getenv("LEDGER_API_LINT"))) {
            assertThat(installed).as(how + " — LEDGER_API_LINT=required").isTrue();
        }
        Assumptions.assumeTrue(installed, how);
    }

    private record Run(int exit, String output, String errors) {}

    /** Runs a linter with nothing phoned home and no update check. */
    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("lint", ".err");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectError(errors.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("DO_NOT_TRACK", "1");
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("linter finished").isTrue();
        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        Files.delete(errors);
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8), stderr);
    }
}
