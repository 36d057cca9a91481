package com.safetycredit.ledger.query.lists;

import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The black list and the red list, on any valid date, as JSON or CSV. */
@RestController
public class ListController {

    public record EnterpriseList(String list, LocalDate validAt, int count, List<ProfileSummary> enterprises) {
    }

    private final ProfileQueries profiles;
    private final Clock clock;

    public ListController(ProfileQueries profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping("/api/v1/lists/{list}")
    public ResponseEntity<?> list(@PathVariable String list, @RequestParam(required = false) String validAt,
                                  @RequestParam(required = false) String regionCode,
                                  @RequestParam(required = false) String industry,
                                  @RequestParam(defaultValue = "json") String format) {
        String status = switch (list) {
            case "black" -> "BLACK";
            case "red" -> "RED";
            default -> throw new com.safetycredit.ledger.contracts.problems.NotFoundException("Unknown list",
                    "There is no list '" + list + "': black or red");
        };
        LocalDate valid = AsOf.validAt(validAt, clock);
        List<ProfileSummary> members = profiles.find(valid, status, ProfileQueries.inRegion(regionCode)
                .and(ProfileQueries.inIndustry(industry)).and(p -> status.equals(p.status())));
        return switch (format) {
            case "json" -> ResponseEntity.ok(new EnterpriseList(list, valid, members.size(), members));
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"" + list + "-list-" + valid + ".csv\"")
                    .body(csv(members));
            default -> throw new InvalidInputException("format", "format must be json or csv, got '" + format + "'");
        };
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs open the Chinese text correctly. */
    static byte[] csv(List<ProfileSummary> members) {
        StringBuilder csv = new StringBuilder("\uFEFF统一社会信用代码,企业名称,区域,行业,状态,起始日,截止日,原因,证据位置\r\n");
        for (ProfileSummary p : members) {
            csv.append(String.join(",", cell(p.uscc()), cell(p.name()), cell(p.regionCode()), cell(p.industry()),
                    cell(p.status()), cell(p.statusSince()), cell(p.statusUntil()),
                    cell(p.reasons().stream().map(Evidence::message).collect(Collectors.joining("；"))),
                    cell(p.reasons().stream().flatMap(r -> r.positions().stream()).map(String::valueOf)
                            .collect(Collectors.joining(" "))))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a cell never runs as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
