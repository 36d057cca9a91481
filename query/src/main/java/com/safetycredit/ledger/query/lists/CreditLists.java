package com.safetycredit.ledger.query.lists;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
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
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The black list, the red list and the 重点关注 list on any valid date, for a region or an industry: whole, a page at a
 * time, and as CSV or Excel.
 */
@Component
public class CreditLists {

    /**
     * A list, or one page of it.
     *
     * @param count the enterprises in this answer
     * @param next the cursor of the following page ({@code after=next}); {@code null} on the last page and for the
     *     whole list
     */
    public record EnterpriseList(
            String list, LocalDate validAt, int count, List<ProfileSummary> enterprises, String next) {}

    /** The largest page; a page is read and answered in constant time and memory whatever the list's length. */
    public static final int MAX_PAGE_SIZE = 1000;

    public static final int DEFAULT_PAGE_SIZE = 100;

    /** A cursor is a USCC: 18 characters of digits and capitals (the ledger's codes never hold anything else). */
    private static final Pattern CURSOR = Pattern.compile("[0-9A-Z]{1,18}");

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
        String status = status(list);
        LocalDate valid = AsOf.validAt(validAt, clock);
        List<ProfileSummary> members =
                profiles.listMembers(valid, status, null, regionCode, industry, Integer.MAX_VALUE);
        return new EnterpriseList(list, valid, members.size(), members, null);
    }

    /**
     * One page of the list in USCC order: the first {@code size} members after the USCC {@code after} (null: from
     * the first). The order is the key's, so paging from the start with each answer's {@code next} sees every
     * member once, and a member added or removed meanwhile moves no other across a page's edge.
     */
    public EnterpriseList page(
            String list, String validAt, String regionCode, String industry, String after, int size) {
        String status = status(list);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("range", "size", 1, MAX_PAGE_SIZE);
        }
        if (after != null && !CURSOR.matcher(after).matches()) {
            throw new InvalidInputException("cursor", "after", after);
        }
        LocalDate valid = AsOf.validAt(validAt, clock);
        // one more than the page: whether a next page exists is known without another question
        List<ProfileSummary> page = profiles.listMembers(valid, status, after, regionCode, industry, size + 1);
        boolean more = page.size() > size;
        List<ProfileSummary> shown = more ? page.subList(0, size) : page;
        return new EnterpriseList(
                list,
                valid,
                shown.size(),
                List.copyOf(shown),
                more ? shown.get(size - 1).uscc() : null);
    }

    private static String status(String list) {
        return switch (list) {
            case "black" -> "BLACK";
            case "red" -> "RED";
            case "watch" -> "WATCH";
            default -> throw new NotFoundException("unknown-list", "list", list);
        };
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
