package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.agency.AgencyProfiles;
import com.safetycredit.ledger.query.agency.EvaluationCsv;
import com.safetycredit.ledger.query.history.HistoryEntry;
import com.safetycredit.ledger.rules.domain.AgencyServices;
import com.safetycredit.ledger.rules.domain.Regions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agencies' pages: search, an agency's credit record (status, evaluation, services, staff, history), and the
 * yearly evaluation list with its CSV — the API's own answers, rendered.
 */
@ConsoleOnly
@Controller
public class AgencyPages {

    private final AgencyProfiles agencies;
    private final Clock clock;

    public AgencyPages(AgencyProfiles agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/agencies")
    public String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "result",
                agencies.search(
                        q,
                        Blank.toNull(regionCode),
                        Blank.toNull(service),
                        Blank.toNull(status),
                        Math.max(page, 0),
                        TablePage.SIZES.get(1)));
        model.addAttribute("q", q);
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("service", service);
        model.addAttribute("status", status);
        model.addAttribute("regions", Regions.all());
        model.addAttribute("services", AgencyServices.labels());
        return "agencies";
    }

    @GetMapping("/agencies/{uscc}")
    public String agency(@PathVariable String uscc, Model model) {
        model.addAttribute("profile", agencies.profile(uscc, null));
        model.addAttribute("services", agencies.services(uscc));
        List<HistoryEntry> events = new ArrayList<>(agencies.history(uscc).events());
        model.addAttribute("sentences", ConsoleLabels.sentences(events));
        Collections.reverse(events);
        model.addAttribute("events", events);
        return "agency";
    }

    @GetMapping("/lists/agencies")
    public String evaluation(@RequestParam(required = false) Integer year, Model model) {
        AgencyProfiles.EvaluationList list = agencies.evaluations(year, null);
        int thisYear = LedgerTime.today(clock).getYear();
        model.addAttribute("list", list);
        model.addAttribute(
                "years",
                IntStream.rangeClosed(thisYear - 5, thisYear)
                        .boxed()
                        .sorted(Collections.reverseOrder())
                        .toList());
        return "agency-evaluation";
    }

    @GetMapping("/lists/agencies/csv")
    public ResponseEntity<byte[]> evaluationCsv(@RequestParam(required = false) Integer year) {
        AgencyProfiles.EvaluationList list = agencies.evaluations(year, null);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"agency-evaluation-" + list.year() + ".csv\"")
                .body(EvaluationCsv.of(list));
    }
}
