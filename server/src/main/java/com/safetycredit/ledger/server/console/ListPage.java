package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.query.lists.CreditLists;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.server.web.Downloads;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The black list and the red list as of a chosen date — sortable, in pages — and the list as CSV or Excel, every
 * code by its label; the black list's dates are the listings' own.
 */
@ConsoleOnly
@Controller
public class ListPage {

    private final CreditLists lists;

    public ListPage(CreditLists lists) {
        this.lists = lists;
    }

    @GetMapping("/lists/{list}")
    public String list(
            @PathVariable String list,
            @RequestParam(required = false) String validAt,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model,
            Locale locale) {
        CreditLists.EnterpriseList members = lists.list(list, Blank.toNull(validAt), null, null);
        model.addAttribute("list", members);
        model.addAttribute("black", "black".equals(list));
        model.addAttribute("rows", TablePage.of(members.enterprises(), columns(locale), sort, dir, page, size));
        model.addAttribute(
                "base",
                TablePage.base(
                        "/lists/" + list, Map.of("validAt", members.validAt().toString())));
        return "list";
    }

    /** Written as it is read, like the API's CSV: constant memory whatever the list's length. */
    @GetMapping("/lists/{list}/csv")
    public ResponseEntity<byte[]> csv(
            @PathVariable String list, @RequestParam(required = false) String validAt, Locale locale) {
        CreditLists.EnterpriseList members = lists.list(list, Blank.toNull(validAt), null, null);
        return Downloads.file(
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                CreditLists.fileName(members, "csv"),
                CreditLists.csv(members, locale));
    }

    @GetMapping("/lists/{list}/xlsx")
    public ResponseEntity<byte[]> xlsx(
            @PathVariable String list, @RequestParam(required = false) String validAt, Locale locale) {
        CreditLists.EnterpriseList members = lists.list(list, Blank.toNull(validAt), null, null);
        return Downloads.file(
                MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                CreditLists.fileName(members, "xlsx"),
                CreditLists.xlsx(members, locale));
    }

    private static Map<String, Function<ProfileSummary, String>> columns(Locale locale) {
        Map<String, Function<ProfileSummary, String>> columns = new HashMap<>(SearchPage.columns(locale));
        columns.put("since", ProfileSummary::statusSince);
        columns.put("until", ProfileSummary::statusUntil);
        columns.put("listedOn", ProfileSummary::listedOn);
        columns.put("listedUntil", ProfileSummary::listedUntil);
        return columns;
    }
}
