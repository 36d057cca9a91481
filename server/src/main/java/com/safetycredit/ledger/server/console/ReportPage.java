package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.report.CreditReports;
import com.safetycredit.ledger.query.report.CreditReports.CreditReport;
import com.safetycredit.ledger.server.report.ReadableLabels;
import com.safetycredit.ledger.server.report.ReportController;
import com.safetycredit.ledger.server.report.ReportRenderer;
import com.safetycredit.ledger.server.web.Downloads;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An enterprise's credit report in the console: the page to print, and the PDF to save or send. */
@ConsoleOnly
@Controller
public class ReportPage {

    private final CreditReports reports;
    private final ReportRenderer renderer;

    public ReportPage(CreditReports reports, ReportRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    @GetMapping("/enterprises/{uscc}/report")
    public String report(
            @PathVariable String uscc, @RequestParam(required = false) String validAt, Model model, Locale locale) {
        model.addAttribute("r", reports.report(uscc, Blank.toNull(validAt)));
        model.addAttribute("pdf", false);
        model.addAttribute("cssHref", "/css/report.css");
        model.addAttribute("labels", new ReadableLabels(locale));
        return "report";
    }

    @GetMapping("/enterprises/{uscc}/report.pdf")
    public ResponseEntity<byte[]> pdf(
            @PathVariable String uscc, @RequestParam(required = false) String validAt, Locale locale) {
        CreditReport report = reports.report(uscc, Blank.toNull(validAt));
        return Downloads.file(
                MediaType.APPLICATION_PDF, ReportController.fileName(report, "pdf"), renderer.pdf(report, locale));
    }
}
