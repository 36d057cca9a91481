package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.query.agency.AgencyProfiles;
import com.safetycredit.ledger.query.export.AgencyEvaluationColumns;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.query.history.HistoryEntry;
import com.safetycredit.ledger.rules.domain.AgencyServices;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.server.web.Downloads;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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

    /** The most rows the agencies' search answers at once. */
    private static final int READ_SIZE = 200;

    private final AgencyProfiles agencies;
    private final Clock clock;
    private final ConsoleLabels labels;
    private final SubjectLabels subjects;

    public AgencyPages(AgencyProfiles agencies, Clock clock, ConsoleLabels labels, SubjectLabels subjects) {
        this.agencies = agencies;
        this.clock = clock;
        this.labels = labels;
        this.subjects = subjects;
    }

    @GetMapping("/agencies")
    public String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        List<AgencyProfiles.Summary> found =
                everyMatch(q, Blank.toNull(regionCode), Blank.toNull(service), Blank.toNull(status));
        model.addAttribute("result", TablePage.of(found, searchColumns(), sort, dir, page, size));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("regionCode", regionCode);
        filters.put("service", service);
        filters.put("status", status);
        model.addAttribute("base", TablePage.base("/agencies", filters));
        model.addAttribute("q", q);
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("service", service);
        model.addAttribute("status", status);
        model.addAttribute("regions", Regions.all());
        model.addAttribute("services", AgencyServices.labels());
        return "agencies";
    }

    @GetMapping("/agencies/{uscc}")
    public String agency(
            @PathVariable String uscc, @RequestParam Map<String, String> params, Locale locale, Model model) {
        model.addAttribute("profile", agencies.profile(uscc, null));
        // an agency's services and history are read whole (they are short): each sorted and paged in memory
        TablePage<AgencyProfiles.ServiceRecord> services =
                TablePage.of("services", agencies.services(uscc), serviceColumns(), params);
        List<HistoryEntry> events = new ArrayList<>(agencies.history(uscc).events());
        model.addAttribute("sentences", ConsoleLabels.sentences(events));
        Collections.reverse(events);
        Map<String, Function<HistoryEntry, String>> columns = EnterprisePage.historyColumns(locale);
        TablePage<HistoryEntry> history = TablePage.of("history", events, columns, params);
        String base = "/agencies/" + uscc;
        model.addAttribute("services", services);
        model.addAttribute("servicesBase", TablePage.base(base, history.state()));
        model.addAttribute("events", history);
        String historyBase = TablePage.base(base, services.state());
        model.addAttribute("historyBase", historyBase);
        model.addAttribute(
                "evidence",
                EnterprisePage.Evidence.of(
                        TablePage.sorted(events, columns, history.sort(), history.descending() ? "desc" : "asc"),
                        history,
                        historyBase));
        return "agency";
    }

    @GetMapping("/lists/agencies")
    public String evaluation(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        AgencyProfiles.EvaluationList list = agencies.evaluations(year, null);
        int thisYear = LedgerTime.today(clock).getYear();
        model.addAttribute("list", list);
        // the year's evaluation is computed whole on request: sorted and paged in memory
        model.addAttribute("rows", TablePage.of(list.agencies(), EvaluationColumns.STAFF, sort, dir, page, size));
        model.addAttribute("base", TablePage.base("/lists/agencies", Map.of("year", String.valueOf(list.year()))));
        model.addAttribute(
                "years",
                IntStream.rangeClosed(thisYear - 5, thisYear)
                        .boxed()
                        .sorted(Collections.reverseOrder())
                        .toList());
        return "agency-evaluation";
    }

    /**
     * Every agency the search finds: the read model answers it in pages of at most 200 cut from one list it builds
     * whole, so the pages are joined here for the console to sort the whole result by what the clerk reads.
     */
    private List<AgencyProfiles.Summary> everyMatch(String q, String regionCode, String service, String status) {
        List<AgencyProfiles.Summary> all = new ArrayList<>();
        AgencyProfiles.Page part;
        do {
            part = agencies.search(q, regionCode, service, status, all.size() / READ_SIZE, READ_SIZE);
            all.addAll(part.items());
        } while (!part.items().isEmpty() && all.size() < part.total());
        return all;
    }

    /** The search's sortable columns: region, services and status by their Chinese names. */
    private Map<String, Function<AgencyProfiles.Summary, String>> searchColumns() {
        return Map.of(
                "uscc", AgencyProfiles.Summary::uscc,
                "name", AgencyProfiles.Summary::name,
                "region", a -> labels.region(a.regionCode()),
                "services", a -> subjects.services(a.services()),
                "status", a -> labels.label("status", a.status()));
    }

    /** The services' sortable columns: the client by name, the service by its Chinese name, dates as dates. */
    private Map<String, Function<AgencyProfiles.ServiceRecord, String>> serviceColumns() {
        return Map.of(
                "client", s -> s.clientName() == null ? s.clientUscc() : s.clientName(),
                "serviceType", s -> subjects.service(s.serviceType()),
                "contractNo", AgencyProfiles.ServiceRecord::contractNo,
                "from", s -> TablePage.text(s.from()),
                "to", s -> TablePage.text(s.to()),
                "reportNo", AgencyProfiles.ServiceRecord::reportNo);
    }

    @GetMapping("/lists/agencies/csv")
    public ResponseEntity<byte[]> evaluationCsv(@RequestParam(required = false) Integer year, Locale locale) {
        AgencyProfiles.EvaluationList list = agencies.evaluations(year, null);
        return Downloads.file(
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "agency-evaluation-" + list.year() + ".csv",
                Spreadsheet.csv(AgencyEvaluationColumns.of(list, locale), list.agencies()));
    }

    /** The same list as an Excel workbook: a header row, labels, columns sized to their content. */
    @GetMapping("/lists/agencies/xlsx")
    public ResponseEntity<byte[]> evaluationXlsx(@RequestParam(required = false) Integer year, Locale locale) {
        AgencyProfiles.EvaluationList list = agencies.evaluations(year, null);
        return Downloads.file(
                MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                "agency-evaluation-" + list.year() + ".xlsx",
                Spreadsheet.of(
                        Labels.text("sheet.agencyEvaluation", locale),
                        AgencyEvaluationColumns.of(list, locale),
                        list.agencies()));
    }
}
