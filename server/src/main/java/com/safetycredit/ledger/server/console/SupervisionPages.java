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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
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
    private final SupervisionTables tables;

    public SupervisionPages(
            SupervisionPlans plans,
            SupervisionDraws draws,
            RedListCandidates candidates,
            MajorHazards hazards,
            LevelOneResponseCalendar calendar,
            ProblemResponses problems,
            Validator validator,
            Clock clock,
            SupervisionTables tables) {
        this.tables = tables;
        this.plans = plans;
        this.draws = draws;
        this.candidates = candidates;
        this.hazards = hazards;
        this.calendar = calendar;
        this.problems = problems;
        this.validator = validator;
        this.clock = clock;
    }

    // every read model below answers its table whole (a year's plan, a day's hazards or candidates, the draws, the
    // calendar): the console sorts and cuts it in memory (SupervisionTables)

    @GetMapping("/supervision/plan")
    public String plan(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model) {
        SupervisionPlans.Plan plan = plans.of(year, Blank.toNull(regionCode), null);
        model.addAttribute("plan", plan);
        model.addAttribute("rows", TablePage.of("", plan.entries(), tables.plan(locale), params));
        model.addAttribute(
                "base", TablePage.base("/supervision/plan", filters("year", year, "regionCode", regionCode)));
        model.addAttribute("regions", Regions.all());
        return "plan";
    }

    @GetMapping("/supervision/hazards")
    public String hazards(
            @RequestParam(required = false) String validAt,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model) {
        MajorHazards.OpenHazards open = hazards.on(Blank.toNull(validAt), null);
        model.addAttribute("hazards", open);
        model.addAttribute("rows", TablePage.of("", open.hazards(), tables.hazards(locale), params));
        model.addAttribute("base", TablePage.base("/supervision/hazards", filters("validAt", validAt)));
        return "hazards";
    }

    @GetMapping("/lists/red/candidates")
    public String candidates(
            @RequestParam(required = false) String validAt,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model) {
        RedListCandidates.Candidates found = candidates.on(Blank.toNull(validAt), null, null);
        model.addAttribute("candidates", found);
        model.addAttribute("rows", TablePage.of("", found.enterprises(), tables.candidates(locale), params));
        model.addAttribute("base", TablePage.base("/lists/red/candidates", filters("validAt", validAt)));
        return "candidates";
    }

    @GetMapping("/emergency-responses")
    public String responses(@RequestParam Map<String, String> params, Locale locale, Model model) {
        model.addAttribute("periods", TablePage.of("", calendar.periods(), tables.responses(locale), params));
        model.addAttribute("base", "/emergency-responses");
        return "responses";
    }

    @GetMapping("/supervision/draws")
    public String draws(@RequestParam Map<String, String> params, Model model) {
        model.addAttribute("draws", TablePage.of("", draws.draws(null), tables.draws(), params));
        model.addAttribute("base", "/supervision/draws");
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
        Map<String, String> unsorted = Map.of();
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
                return draws(unsorted, model);
            }
            String id = draws.draw(caller, request).response().id();
            return "redirect:/supervision/draws/" + UriUtils.encodePathSegment(id, "UTF-8");
        } catch (RuntimeException e) {
            model.addAttribute("problem", problems.describe(e));
            return draws(unsorted, model);
        }
    }

    @GetMapping("/supervision/draws/{drawId}")
    public String draw(
            @PathVariable String drawId, @RequestParam Map<String, String> params, Locale locale, Model model) {
        SupervisionDraws.DrawView view = draws.view(drawId);
        model.addAttribute("draw", view);
        // each candidate keeps its place in the pool (by USCC, the order the draw was made from) whatever the sort
        List<SupervisionTables.Numbered> pool = IntStream.range(
                        0, view.candidates().size())
                .mapToObj(
                        i -> new SupervisionTables.Numbered(i, view.candidates().get(i)))
                .toList();
        model.addAttribute("rows", TablePage.of("", pool, tables.pool(locale), params));
        model.addAttribute(
                "base",
                UriComponentsBuilder.fromPath("/supervision/draws/{id}")
                        .buildAndExpand(drawId)
                        .encode()
                        .toUriString());
        return "draw";
    }

    /** The filters of a page's form, as name and value pairs, for its table's links to keep. */
    private static Map<String, String> filters(Object... pairs) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            filters.put((String) pairs[i], pairs[i + 1] == null ? null : pairs[i + 1].toString());
        }
        return filters;
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
