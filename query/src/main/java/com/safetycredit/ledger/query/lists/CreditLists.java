package com.safetycredit.ledger.query.lists;

import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.credit.Evidence;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The black list, the red list and the 重点关注 list on any valid date, for a region or an industry, and as CSV. */
@Component
public class CreditLists {

    public record EnterpriseList(String list, LocalDate validAt, int count, List<ProfileSummary> enterprises) {}

    private final ProfileQueries profiles;
    private final Clock clock;

    public CreditLists(ProfileQueries profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * {@code list}: {@code black} (listings in force), {@code red} (red-list decisions in force, RULES.md §12) or
     * {@code watch} (重点关注, RULES.md §9); {@code validAt} defaults to today (China time).
     */
    public EnterpriseList list(String list, String validAt, String regionCode, String industry) {
        String status =
                switch (list) {
                    case "black" -> "BLACK";
                    case "red" -> "RED";
                    case "watch" -> "WATCH";
                    default -> throw new NotFoundException(
                            "Unknown list", "There is no list '" + list + "': black, red or watch");
                };
        LocalDate valid = AsOf.validAt(validAt, clock);
        List<ProfileSummary> members = profiles.find(
                valid,
                status,
                ProfileQueries.inRegion(regionCode)
                        .and(ProfileQueries.inIndustry(industry))
                        .and(p -> status.equals(p.status())));
        return new EnterpriseList(list, valid, members.size(), members);
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs open the Chinese text correctly. */
    public static byte[] csv(List<ProfileSummary> members) {
        StringBuilder csv = new StringBuilder("\uFEFF统一社会信用代码,企业名称,区域,行业,状态,起始日,截止日,原因,证据位置\r\n");
        for (ProfileSummary p : members) {
            csv.append(String.join(
                            ",",
                            cell(p.uscc()),
                            cell(p.name()),
                            cell(p.regionCode()),
                            cell(p.industry()),
                            cell(p.status()),
                            cell(p.statusSince()),
                            cell(p.statusUntil()),
                            cell(p.reasons().stream().map(Evidence::message).collect(Collectors.joining("；"))),
                            cell(p.reasons().stream()
                                    .flatMap(r -> r.positions().stream())
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(" ")))))
                    .append("\r\n");
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
