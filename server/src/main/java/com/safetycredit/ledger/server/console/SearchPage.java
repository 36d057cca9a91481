package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.profile.EnterpriseProfiles;
import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's first page: search enterprises by name or USCC, region, industry and status. */
@ConsoleOnly
@Controller
public class SearchPage {

    static final int PAGE_SIZE = 25;

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
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", enterprises.search(q, regionCode, industry, status, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("industry", industry);
        model.addAttribute("status", status);
        model.addAttribute("regions", Regions.all());
        model.addAttribute("industries", Industries.names());
        return "search";
    }
}
