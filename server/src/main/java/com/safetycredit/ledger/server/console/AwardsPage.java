package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.audit.LedgerAudit;
import com.safetycredit.ledger.query.award.AwardBook;
import com.safetycredit.ledger.query.export.AwardColumns;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.server.web.Downloads;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
            @RequestParam(required = false) String uscc,
            @RequestParam(defaultValue = "false") boolean check,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale,
            Model model) {
        String enterprise = uscc == null || uscc.isBlank() ? null : uscc.strip();
        model.addAttribute("policyYears", policies.policyYears());
        model.addAttribute("policyYear", policyYear);
        model.addAttribute("totals", book.totals(policyYear, null));
        model.addAttribute("uscc", enterprise);
        // the read model answers every application of the filter at once; the page is cut from that
        model.addAttribute(
                "awards",
                TablePage.of(book.awards(enterprise, policyYear, null, null), columns(locale), sort, dir, page, size));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("policyYear", policyYear == null ? null : policyYear.toString());
        filters.put("uscc", enterprise);
        model.addAttribute("base", TablePage.base("/awards", filters));
        // the checks read the whole ledger: only when asked for
        model.addAttribute("money", check ? audit.verify(1, null, null).moneyInvariants() : null);
        model.addAttribute("departmentNames", policies.reviewDepartments());
        return "awards";
    }

    /** Every application of the filter (a year, an enterprise) as an Excel workbook: labels, departments, yuan with fen. */
    @GetMapping("/awards.xlsx")
    public ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) Integer policyYear,
            @RequestParam(required = false) String uscc,
            Locale locale) {
        return Downloads.file(
                MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                "awards-" + (policyYear == null ? "all" : policyYear) + ".xlsx",
                Spreadsheet.of(
                        Labels.text("sheet.awards", locale),
                        AwardColumns.of(locale),
                        book.awards(uscc == null || uscc.isBlank() ? null : uscc.strip(), policyYear, null, null)));
    }

    /** The application list's sortable columns, by what the clerk reads (labels, amounts as numbers). */
    private static Map<String, Function<AwardBook.Award, String>> columns(Locale locale) {
        return Map.of(
                "uscc", AwardBook.Award::uscc,
                "awardType", a -> Labels.label("award", a.awardType(), locale),
                "policyYear", a -> String.valueOf(a.policyYear()),
                "status", a -> Labels.label("awardStatus", a.status(), locale),
                // zero-padded so that text order is the amounts' order; none before any
                "amount", a -> a.amountFen() == null ? "" : "%015d".formatted(a.amountFen()),
                "appliedOn", a -> a.appliedOn() == null ? "" : a.appliedOn());
    }
}
