package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.export.EnterpriseColumns;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles.Eligibility;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles.Profile;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles.Status;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.labels.Labels;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff questions about enterprises over HTTP ({@link EnterpriseProfiles}). */
@RestController
public class EnterpriseQueryController {

    private final EnterpriseProfiles enterprises;
    private final Clock clock;

    public EnterpriseQueryController(EnterpriseProfiles enterprises, Clock clock) {
        this.enterprises = enterprises;
        this.clock = clock;
    }

    /** A page of the search as JSON, or the whole result as an Excel workbook or CSV, every code by its label. */
    @GetMapping("/api/v1/enterprises")
    public ResponseEntity<?> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "json") String format) {
        return switch (format) {
            case "json" -> ResponseEntity.ok(enterprises.search(q, regionCode, industry, status, page, size));
            case "csv", "xlsx" -> {
                EnterpriseProfiles.checkPage(page, size); // checked as for JSON, though the file is the whole result
                Locale locale = ReaderLanguage.locale();
                List<ProfileSummary> all = enterprises.matches(q, regionCode, industry, status);
                String name = "enterprises-" + LedgerTime.today(clock) + "." + format;
                yield format.equals("csv")
                        ? Downloads.file(
                                new MediaType("text", "csv", StandardCharsets.UTF_8),
                                name,
                                Spreadsheet.csv(EnterpriseColumns.of(false, locale), all))
                        : Downloads.file(
                                MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                                name,
                                Spreadsheet.of(
                                        Labels.text("sheet.search", locale), EnterpriseColumns.of(false, locale), all));
            }
            default -> throw new InvalidInputException("one-of", "format", format, List.of("json", "csv", "xlsx"));
        };
    }

    @GetMapping("/api/v1/enterprises/{uscc}")
    public Profile profile(@PathVariable String uscc) {
        return enterprises.profile(uscc);
    }

    /** "What was the status on {@code validAt}, as the ledger knew it at {@code knownAt}?" */
    @GetMapping("/api/v1/enterprises/{uscc}/status")
    public Status status(
            @PathVariable String uscc,
            @RequestParam(required = false) String validAt,
            @RequestParam(required = false) String knownAt) {
        return enterprises.status(uscc, validAt, knownAt);
    }

    @GetMapping("/api/v1/enterprises/{uscc}/eligibility")
    public Eligibility eligibility(@PathVariable String uscc, @RequestParam int policyYear) {
        return enterprises.eligibility(uscc, policyYear);
    }
}
