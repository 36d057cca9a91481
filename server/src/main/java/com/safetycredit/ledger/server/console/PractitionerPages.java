package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.history.HistoryEntry;
import com.safetycredit.ledger.query.person.PractitionerProfiles;
import com.safetycredit.ledger.rules.domain.Qualification;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practitioners' pages: search by registration number, qualification or employer, and one practitioner — the
 * name opened from its sealed value, the identity number only masked, 已删除 once erased.
 */
@ConsoleOnly
@Controller
public class PractitionerPages {

    private final PractitionerProfiles practitioners;
    private final SubjectLabels labels;

    public PractitionerPages(PractitionerProfiles practitioners, SubjectLabels labels) {
        this.practitioners = practitioners;
        this.labels = labels;
    }

    @GetMapping("/practitioners")
    public String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String employerUscc,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        // the read model answers every practitioner found at once; the page is cut from that
        List<PractitionerProfiles.Summary> found =
                practitioners.search(q, Blank.toNull(qualification), Blank.toNull(employerUscc));
        model.addAttribute("results", TablePage.of(found, searchColumns(), sort, dir, page, size));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("qualification", qualification);
        filters.put("employerUscc", employerUscc);
        model.addAttribute("base", TablePage.base("/practitioners", filters));
        model.addAttribute("q", q);
        model.addAttribute("qualification", qualification);
        model.addAttribute("employerUscc", employerUscc);
        model.addAttribute("qualifications", Arrays.asList(Qualification.values()));
        return "practitioners";
    }

    @GetMapping("/practitioners/{registrationNo}")
    public String practitioner(
            @PathVariable String registrationNo, @RequestParam Map<String, String> params, Locale locale, Model model) {
        PractitionerProfiles.Profile profile = practitioners.profile(registrationNo);
        model.addAttribute("profile", profile);
        List<HistoryEntry> events = profile.history().stream()
                .sorted(Comparator.comparingLong(HistoryEntry::position))
                .toList();
        // told in ledger order, so a later entry names the employment an earlier one began
        model.addAttribute("sentences", ConsoleLabels.sentences(events));
        // one person's employments and history are read whole (they are short): sorted and paged in memory
        TablePage<PractitionerProfiles.Employment> employments =
                TablePage.of("employments", profile.employments(), employmentColumns(), params);
        TablePage<HistoryEntry> history =
                TablePage.of("history", events, EnterprisePage.historyColumns(locale), params);
        String base = "/practitioners/" + registrationNo;
        model.addAttribute("employments", employments);
        model.addAttribute("employmentsBase", TablePage.base(base, history.state()));
        model.addAttribute("events", history);
        model.addAttribute("historyBase", TablePage.base(base, employments.state()));
        return "practitioner";
    }

    /** The search's sortable columns: the qualification and the employer's kind by their Chinese names. */
    private Map<String, Function<PractitionerProfiles.Summary, String>> searchColumns() {
        return Map.of(
                "registrationNo", PractitionerProfiles.Summary::registrationNo,
                "qualification", p -> labels.qualification(p.qualification()),
                "qualifiedOn", p -> TablePage.text(p.qualifiedOn()),
                "employer",
                        p -> p.employerUscc() == null
                                ? ""
                                : labels.employerKind(p.employerKind()) + " " + p.employerUscc(),
                "erased", p -> p.erased() ? "1" : "0");
    }

    /** The employments' sortable columns: the employer by the name shown, dates as dates. */
    private Map<String, Function<PractitionerProfiles.Employment, String>> employmentColumns() {
        return Map.of(
                "employer",
                e -> labels.employerKind(e.employerKind()) + " "
                        + (e.employerName() == null ? e.employerUscc() : e.employerName()),
                "from",
                e -> TablePage.text(e.from()),
                "endedOn",
                e -> TablePage.text(e.endedOn()));
    }
}
