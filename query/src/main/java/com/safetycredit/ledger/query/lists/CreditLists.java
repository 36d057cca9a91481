package com.safetycredit.ledger.query.lists;

import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.query.export.EnterpriseColumns;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.labels.Labels;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The black list, the red list and the 重点关注 list on any valid date, for a region or an industry, as CSV or Excel. */
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
                    default -> throw new NotFoundException("unknown-list", "list", list);
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

    /** The list as CSV, every code by its Chinese label (UTF-8 with a byte-order mark). */
    public static byte[] csv(EnterpriseList list, Locale locale) {
        return Spreadsheet.csv(EnterpriseColumns.of("black".equals(list.list()), locale), list.enterprises());
    }

    /** The list as an Excel workbook, every code by its label. */
    public static byte[] xlsx(EnterpriseList list, Locale locale) {
        return Spreadsheet.of(
                Labels.text("sheet." + list.list(), locale),
                EnterpriseColumns.of("black".equals(list.list()), locale),
                list.enterprises());
    }

    /** The file name of a download: {@code black-list-2026-11-30.xlsx}. */
    public static String fileName(EnterpriseList list, String extension) {
        return list.list() + "-list-" + list.validAt() + "." + extension;
    }
}
