package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.agency.AgencyProfiles;
import com.safetycredit.ledger.query.agency.AgencyProfiles.EvaluationList;
import com.safetycredit.ledger.query.agency.AgencyProfiles.History;
import com.safetycredit.ledger.query.agency.AgencyProfiles.Page;
import com.safetycredit.ledger.query.agency.AgencyProfiles.Profile;
import com.safetycredit.ledger.query.agency.AgencyProfiles.ServiceRecord;
import com.safetycredit.ledger.query.export.AgencyEvaluationColumns;
import com.safetycredit.ledger.query.export.Spreadsheet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agencies: search, profile, history, services, and the yearly evaluation list. */
@RestController
public class AgencyQueryController {

    private final AgencyProfiles agencies;

    public AgencyQueryController(AgencyProfiles agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/api/v1/agencies")
    public Page search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return agencies.search(q, regionCode, service, status, page, size);
    }

    @GetMapping("/api/v1/agencies/{uscc}")
    public Profile profile(@PathVariable String uscc, @RequestParam(required = false) String validAt) {
        return agencies.profile(uscc, validAt);
    }

    @GetMapping("/api/v1/agencies/{uscc}/history")
    public History history(@PathVariable String uscc) {
        return agencies.history(uscc);
    }

    @GetMapping("/api/v1/agencies/{uscc}/services")
    public List<ServiceRecord> services(@PathVariable String uscc) {
        return agencies.services(uscc);
    }

    /** The published evaluation of a year, as JSON or CSV (UTF-8 with BOM). */
    @GetMapping("/api/v1/lists/agencies")
    public ResponseEntity<?> evaluations(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "json") String format,
            Locale locale) {
        EvaluationList list = agencies.evaluations(year, regionCode);
        return switch (format) {
            case "json" -> ResponseEntity.ok(list);
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"agency-evaluation-" + list.year() + ".csv\"")
                    .body(Spreadsheet.csv(AgencyEvaluationColumns.of(list, locale), list.agencies()));
            default -> throw new InvalidInputException("one-of", "format", format, List.of("json", "csv"));
        };
    }
}
