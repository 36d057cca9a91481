package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.query.award.AwardBook;
import com.safetycredit.ledger.query.export.AwardColumns;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.labels.Labels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/awards and /api/v1/awards/totals: every payment per enterprise, year and policy. */
@RestController
public class AwardBookController {

    private static final List<String> FORMATS = List.of("json", "csv", "xlsx");
    private static final Set<String> STATUSES = Set.of("PENDING", "GRANTED", "DENIED", "RECOVERY_PENDING");

    private final AwardBook book;

    public AwardBookController(AwardBook book) {
        this.book = book;
    }

    /** Every application as JSON, or as an Excel workbook or CSV with every code by its label and yuan with fen. */
    @GetMapping("/api/v1/awards")
    public ResponseEntity<?> awards(
            @RequestParam(required = false) String uscc,
            @RequestParam(required = false) Integer policyYear,
            @RequestParam(required = false) String policyId,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "json") String format) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException("one-of", "status", status, STATUSES);
        }
        if (!FORMATS.contains(format)) {
            throw new InvalidInputException("one-of", "format", format, FORMATS);
        }
        List<AwardBook.Award> awards =
                book.awards(uscc == null ? null : Uscc.parseWithOverride(uscc).value(), policyYear, policyId, status);
        if (format.equals("json")) {
            return ResponseEntity.ok(awards);
        }
        Locale locale = ReaderLanguage.locale();
        String name = "awards-" + (policyYear == null ? "all" : policyYear) + "." + format;
        return format.equals("csv")
                ? Downloads.file(
                        new MediaType("text", "csv", StandardCharsets.UTF_8),
                        name,
                        Spreadsheet.csv(AwardColumns.of(locale), awards))
                : Downloads.file(
                        MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                        name,
                        Spreadsheet.of(Labels.text("sheet.awards", locale), AwardColumns.of(locale), awards));
    }

    @GetMapping("/api/v1/awards/totals")
    public List<AwardBook.Total> totals(
            @RequestParam(required = false) Integer policyYear, @RequestParam(required = false) String regionCode) {
        return book.totals(policyYear, regionCode == null ? null : Regions.require("regionCode", regionCode));
    }
}
