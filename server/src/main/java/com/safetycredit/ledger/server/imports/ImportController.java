package com.safetycredit.ledger.server.imports;

import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.server.imports.Imports.ImportReport;
import com.safetycredit.ledger.server.web.Downloads;
import com.safetycredit.ledger.server.web.ProblemTexts;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Batch import over the API (API.md "Spreadsheets and reports"): the template, a dry run, a commit. */
@RestController
@Profile("command & query")
public class ImportController {

    private final Imports imports;

    public ImportController(Imports imports) {
        this.imports = imports;
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
        if (!List.of("all", "rows").contains(mode)) {
            throw new InvalidInputException("one-of", "mode", mode, List.of("all", "rows"));
        }
        return imports.run(kind(kind), xlsx, dryRun, "all".equals(mode), caller, ProblemTexts.locale());
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
