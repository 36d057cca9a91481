package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.audit.LedgerAudit;
import com.safetycredit.ledger.query.award.AwardBook;
import com.safetycredit.ledger.query.export.AwardColumns;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.server.web.Downloads;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 奖励资金: the auditor's view of the money in the console — totals per enterprise and policy year, every
 * application with its basis, amount and recovery state, and whether the money invariants hold.
 */
@ConsoleOnly
@Controller
public class AwardsPage {

    private final AwardBook book;
    private final LedgerAudit audit;
    private final AwardPolicyCatalog policies;

    public AwardsPage(AwardBook book, LedgerAudit audit, AwardPolicyCatalog policies) {
        this.book = book;
        this.audit = audit;
        this.policies = policies;
    }

    @GetMapping("/awards")
    public String awards(
            @RequestParam(required = false) Integer policyYear,
            @RequestParam(defaultValue = "false") boolean check,
            Model model) {
        model.addAttribute("policyYears", policies.policyYears());
        model.addAttribute("policyYear", policyYear);
        model.addAttribute("totals", book.totals(policyYear, null));
        model.addAttribute("awards", book.awards(null, policyYear, null, null));
        // the checks read the whole ledger: only when asked for
        model.addAttribute("money", check ? audit.verify(1, null, null).moneyInvariants() : null);
        model.addAttribute("departmentNames", policies.reviewDepartments());
        return "awards";
    }

    /** Every application of the year (or of every year) as an Excel workbook: labels, departments, yuan with fen. */
    @GetMapping("/awards.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer policyYear, Locale locale) {
        return Downloads.file(
                MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                "awards-" + (policyYear == null ? "all" : policyYear) + ".xlsx",
                Spreadsheet.of(
                        Labels.text("sheet.awards", locale),
                        AwardColumns.of(locale),
                        book.awards(null, policyYear, null, null)));
    }
}
