package com.safetycredit.ledger.query.lists;

import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.credit.Evidence;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The black list, the red list and the 重点关注 list on any valid date, for a region or an industry: whole, a page at a
 * time, and as CSV.
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
        List<ProfileSummary> members = profiles.find(valid, status, members(status, regionCode, industry));
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
            throw new InvalidInputException(
                    "size", "out-of-range", "size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        if (after != null && !CURSOR.matcher(after).matches()) {
            throw new InvalidInputException(
                    "after", "after must be a USCC (a previous page's next), got '" + after + "'");
        }
        LocalDate valid = AsOf.validAt(validAt, clock);
        List<ProfileSummary> page = new ArrayList<>(size + 1);
        // one more than the page: whether a next page exists is known without another question
        profiles.forEachInOrder(valid, status, after, members(status, regionCode, industry), member -> {
            page.add(member);
            return page.size() <= size;
        });
        boolean more = page.size() > size;
        List<ProfileSummary> shown = more ? page.subList(0, size) : page;
        return new EnterpriseList(
                list,
                valid,
                shown.size(),
                List.copyOf(shown),
                more ? shown.get(size - 1).uscc() : null);
    }

    /** A list as CSV: its valid date (for the file's name) and its bytes, written when asked. */
    public record Csv(String list, LocalDate validAt, CsvBody body) {

        public String fileName() {
            return list + "-list-" + validAt + ".csv";
        }
    }

    /** Writes a CSV to a stream, row by row. */
    @FunctionalInterface
    public interface CsvBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The whole list as CSV, written row by row while the profiles are read, so it takes constant memory whatever
     * the list's length. The list and the date are checked here, before anything is written: a refusal is still a
     * problem answer, not a broken file.
     */
    public Csv csv(String list, String validAt, String regionCode, String industry) {
        String status = status(list);
        LocalDate valid = AsOf.validAt(validAt, clock);
        return new Csv(list, valid, out -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            csv.write(CSV_HEADER);
            profiles.forEachInOrder(valid, status, null, members(status, regionCode, industry), member -> {
                try {
                    csv.write(row(member));
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // the client went away: stop reading
                }
            });
            csv.flush();
        });
    }

    private static String status(String list) {
        return switch (list) {
            case "black" -> "BLACK";
            case "red" -> "RED";
            case "watch" -> "WATCH";
            default -> throw new NotFoundException(
                    "Unknown list", "There is no list '" + list + "': black, red or watch");
        };
    }

    private static Predicate<ProfileSummary> members(String status, String regionCode, String industry) {
        return ProfileQueries.inRegion(regionCode)
                .and(ProfileQueries.inIndustry(industry))
                .and(p -> status.equals(p.status()));
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs open the Chinese text correctly. */
    private static final String CSV_HEADER = "\uFEFF统一社会信用代码,企业名称,区域,行业,状态,起始日,截止日,原因,证据位置\r\n";

    private static String row(ProfileSummary p) {
        return String.join(
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
                                .collect(Collectors.joining(" "))))
                + "\r\n";
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
