package com.safetycredit.ledger.server.imports;

import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.server.imports.ImportJobs.JobView;
import com.safetycredit.ledger.server.imports.Imports.ImportReport;
import com.safetycredit.ledger.server.web.Downloads;
import com.safetycredit.ledger.server.web.ProblemTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batch import over the API (API.md "Spreadsheets and reports"): the template, a dry run, a commit — in one request,
 * or as a job in the background whose progress is read while it runs.
 */
@RestController
@Profile("command & query")
public class ImportController {

    private final Imports imports;
    private final ImportJobs jobs;

    public ImportController(Imports imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    /**
     * Checks (dry run) or writes the rows of an .xlsx body; {@code mode}: {@code all} writes nothing unless every
     * row passes, {@code rows} writes each row that passes.
     */
    @PostMapping(
            value = "/api/v1/imports",
            consumes = {Spreadsheet.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public ImportReport importRows(
            @RequestParam String kind,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "all") String mode,
            @RequestBody byte[] xlsx,
            RequestMetadata caller) {
        return imports.run(kind(kind), xlsx, dryRun, allOrNothing(mode), caller, ProblemTexts.locale());
    }

    /**
     * The same import in the background: the file is read at once (an unreadable one refused as above), then a
     * {@code 202} names the job to follow in {@code Location}.
     */
    @PostMapping(
            value = "/api/v1/imports/jobs",
            consumes = {Spreadsheet.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public ResponseEntity<JobView> startJob(
            @RequestParam String kind,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "all") String mode,
            @RequestBody byte[] xlsx,
            RequestMetadata caller) {
        ImportJobs.Job job = jobs.start(kind(kind), xlsx, dryRun, allOrNothing(mode), caller, ProblemTexts.locale());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/jobs/" + job.id()))
                .body(job.view());
    }

    /** How far a job has got; every row's result once it has finished. Its starter's or an administrator's. */
    @GetMapping("/api/v1/imports/jobs/{id}")
    public JobView job(@PathVariable String id, Principal principal, HttpServletRequest request) {
        return jobs.find(id, principal.getName(), request.isUserInRole("ADMIN")).view();
    }

    private static boolean allOrNothing(String mode) {
        if (!List.of("all", "rows").contains(mode)) {
            throw new InvalidInputException("one-of", "mode", mode, List.of("all", "rows"));
        }
        return "all".equals(mode);
    }

    /** The empty spreadsheet to fill in: the headings of the kind's columns. */
    @GetMapping("/api/v1/imports/template")
    public ResponseEntity<byte[]> template(@RequestParam String kind) {
        ImportKind chosen = kind(kind);
        return Downloads.file(
                MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                "import-" + chosen.code() + ".xlsx",
                ImportSheet.template(chosen, ProblemTexts.locale()));
    }

    /** {@code penalties} → PENALTIES; anything else is refused naming the kinds there are. */
    public static ImportKind kind(String kind) {
        return Arrays.stream(ImportKind.values())
                .filter(k -> k.code().equals(kind == null ? "" : kind.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "one-of",
                        "kind",
                        kind,
                        Arrays.stream(ImportKind.values()).map(ImportKind::code).toList()));
    }
}
