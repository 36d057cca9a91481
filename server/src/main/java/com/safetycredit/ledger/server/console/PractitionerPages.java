package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.history.HistoryEntry;
import com.safetycredit.ledger.query.person.PractitionerProfiles;
import com.safetycredit.ledger.rules.domain.Qualification;
import java.util.Arrays;
import java.util.Comparator;
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

    public PractitionerPages(PractitionerProfiles practitioners) {
        this.practitioners = practitioners;
    }

    @GetMapping("/practitioners")
    public String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String employerUscc,
            Model model) {
        model.addAttribute("results", practitioners.search(q, Blank.toNull(qualification), Blank.toNull(employerUscc)));
        model.addAttribute("q", q);
        model.addAttribute("qualification", qualification);
        model.addAttribute("employerUscc", employerUscc);
        model.addAttribute("qualifications", Arrays.asList(Qualification.values()));
        return "practitioners";
    }

    @GetMapping("/practitioners/{registrationNo}")
    public String practitioner(@PathVariable String registrationNo, Model model) {
        PractitionerProfiles.Profile profile = practitioners.profile(registrationNo);
        model.addAttribute("profile", profile);
        // told in ledger order, so a later entry names the employment an earlier one began
        model.addAttribute(
                "sentences",
                ConsoleLabels.sentences(profile.history().stream()
                        .sorted(Comparator.comparingLong(HistoryEntry::position))
                        .toList()));
        return "practitioner";
    }
}
