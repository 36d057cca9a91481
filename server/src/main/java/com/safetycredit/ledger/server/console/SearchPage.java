package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.export.EnterpriseColumns;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.labels.Times;
import com.safetycredit.ledger.server.web.Downloads;
import java.time.LocalDate;
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
 * The console's first page: search enterprises by name or USCC, region, industry and status; sort by any column,
 * choose the page and its size; take the whole result to Excel.
 */
@ConsoleOnly
@Controller
public class SearchPage {

    private final EnterpriseProfiles enterprises;

    public SearchPage(EnterpriseProfiles enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping("/")
    public String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model,
            Locale locale) {
        model.addAttribute(
                "result",
                TablePage.of(
                        enterprises.matches(q, regionCode, industry, status), columns(locale), sort, dir, page, size));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("regionCode", regionCode);
        filters.put("industry", industry);
        filters.put("status", status);
        model.addAttribute("base", TablePage.base("/", filters));
        model.addAttribute("xlsx", TablePage.base("/search.xlsx", filters));
        model.addAttribute("q", q);
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("industry", industry);
        model.addAttribute("status", status);
        model.addAttribute("regions", Regions.all());
        model.addAttribute("industries", Industries.names());
        return "search";
    }

    /** The whole result of a search as an Excel workbook, codes by their labels. */
    @GetMapping("/search.xlsx")
    public ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String status,
            Locale locale) {
        return Downloads.file(
                MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                "enterprises-" + LocalDate.now(Times.BEIJING) + ".xlsx",
                Spreadsheet.of(
                        Labels.text("sheet.search", locale),
                        EnterpriseColumns.of(false, locale),
                        enterprises.matches(q, regionCode, industry, status)));
    }

    /** What each sortable column sorts by: the words shown, not the codes. */
    static Map<String, Function<ProfileSummary, String>> columns(Locale locale) {
        return Map.of(
                "uscc",
                ProfileSummary::uscc,
                "name",
                ProfileSummary::name,
                "region",
                p -> EnterpriseColumns.region(p.regionCode(), locale),
                "industry",
                p -> Labels.label("industry", p.industry(), locale),
                "status",
                p -> Labels.label("status", p.status(), locale),
                "grade",
                ProfileSummary::grade);
    }
}
