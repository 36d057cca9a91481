package com.safetycredit.ledger.server.report;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.report.CreditReports;
import com.safetycredit.ledger.query.report.CreditReports.CreditReport;
import com.safetycredit.ledger.server.web.Downloads;
import com.safetycredit.ledger.server.web.ProblemTexts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The credit report over the API: the printable page or its PDF (API.md "Spreadsheets and reports"). */
@RestController
@Profile("query")
public class ReportController {

    private final CreditReports reports;
    private final ReportRenderer renderer;

    public ReportController(CreditReports reports, ReportRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    @GetMapping("/api/v1/enterprises/{uscc}/report")
    public ResponseEntity<byte[]> report(
            @PathVariable String uscc,
            @RequestParam(required = false) String validAt,
            @RequestParam(defaultValue = "html") String format) {
        if (!List.of("html", "pdf").contains(format)) {
            throw new InvalidInputException("one-of", "format", format, List.of("html", "pdf"));
        }
        CreditReport report = reports.report(uscc, validAt);
        return "pdf".equals(format)
                ? Downloads.file(
                        MediaType.APPLICATION_PDF, fileName(report, "pdf"), renderer.pdf(report, ProblemTexts.locale()))
                : ResponseEntity.ok()
                        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                        .body(renderer.html(report, ProblemTexts.locale(), false)
                                .getBytes(StandardCharsets.UTF_8));
    }

    /** {@code credit-report-<uscc>-<date>.pdf} */
    public static String fileName(CreditReport report, String extension) {
        return "credit-report-" + report.record().uscc() + "-" + report.validAt() + "." + extension;
    }
}
