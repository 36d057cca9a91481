package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.command.application.LevelOneResponseCalendar;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.SupervisionDraws;
import com.safetycredit.ledger.command.application.SupervisionDraws.DrawRequest;
import com.safetycredit.ledger.command.application.SupervisionDraws.InspectorDraw;
import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.lists.RedListCandidates;
import com.safetycredit.ledger.query.supervision.MajorHazards;
import com.safetycredit.ledger.query.supervision.SupervisionPlans;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.server.web.ProblemResponses;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Graded supervision in the console: the plan of a year, the 双随机 draws (made here by a reviewer, each shown
 * with its proof), the red-list candidates, the major hazards still open and the calendar of level-one emergency
 * responses — each the API's own answer, rendered.
 */
@ConsoleOnly
@Controller
public class SupervisionPages {

    private final SupervisionPlans plans;
    private final SupervisionDraws draws;
    private final RedListCandidates candidates;
    private final MajorHazards hazards;
    private final LevelOneResponseCalendar calendar;
    private final ProblemResponses problems;
    private final Validator validator;
    private final Clock clock;

    public SupervisionPages(
            SupervisionPlans plans,
            SupervisionDraws draws,
            RedListCandidates candidates,
            MajorHazards hazards,
            LevelOneResponseCalendar calendar,
            ProblemResponses problems,
            Validator validator,
            Clock clock) {
        this.plans = plans;
        this.draws = draws;
        this.candidates = candidates;
        this.hazards = hazards;
        this.calendar = calendar;
        this.problems = problems;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/supervision/plan")
    public String plan(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode,
            Model model) {
        model.addAttribute("plan", plans.of(year, Blank.toNull(regionCode), null));
        model.addAttribute("regions", Regions.all());
        return "plan";
    }

    @GetMapping("/supervision/hazards")
    public String hazards(@RequestParam(required = false) String validAt, Model model) {
        model.addAttribute("hazards", hazards.on(Blank.toNull(validAt), null));
        return "hazards";
    }

    @GetMapping("/lists/red/candidates")
    public String candidates(@RequestParam(required = false) String validAt, Model model) {
        model.addAttribute("candidates", candidates.on(Blank.toNull(validAt), null, null));
        return "candidates";
    }

    @GetMapping("/emergency-responses")
    public String responses(Model model) {
        model.addAttribute("periods", calendar.periods());
        return "responses";
    }

    @GetMapping("/supervision/draws")
    public String draws(Model model) {
        model.addAttribute("draws", draws.draws(null));
        model.addAttribute("regions", Regions.all());
        model.addAttribute("year", LedgerTime.today(clock).getYear());
        return "draws";
    }

    /** A reviewer draws; a refusal is shown on the page, and nothing is recorded. */
    @PostMapping("/supervision/draws")
    public String draw(
            @RequestParam Integer year,
            @RequestParam String period,
            @RequestParam String regionCode,
            @RequestParam Integer count,
            @RequestParam(required = false) String seed,
            @RequestParam(required = false) String roster,
            @RequestParam(required = false) Integer perEnterprise,
            RequestMetadata caller,
            Model model) {
        DrawRequest request =
                new DrawRequest(year, period, regionCode, count, Blank.toNull(seed), inspectors(roster, perEnterprise));
        Set<ConstraintViolation<DrawRequest>> invalid = validator.validate(request);
        try {
            if (!invalid.isEmpty()) {
                model.addAttribute(
                        "invalid",
                        invalid.stream()
                                .map(v -> v.getPropertyPath() + "：" + v.getMessage())
                                .sorted()
                                .toList());
                return draws(model);
            }
            String id = draws.draw(caller, request).response().id();
            return "redirect:/supervision/draws/" + UriUtils.encodePathSegment(id, "UTF-8");
        } catch (RuntimeException e) {
            model.addAttribute("problem", problems.describe(e));
            return draws(model);
        }
    }

    @GetMapping("/supervision/draws/{drawId}")
    public String draw(@PathVariable String drawId, Model model) {
        model.addAttribute("draw", draws.view(drawId));
        return "draw";
    }

    private static InspectorDraw inspectors(String roster, Integer perEnterprise) {
        List<String> names = roster == null
                ? List.of()
                : Arrays.stream(roster.split("[\\s,，、]+"))
                        .filter(s -> !s.isBlank())
                        .collect(Collectors.toList());
        return names.isEmpty() ? null : new InspectorDraw(names, perEnterprise == null ? 1 : perEnterprise);
    }
}
