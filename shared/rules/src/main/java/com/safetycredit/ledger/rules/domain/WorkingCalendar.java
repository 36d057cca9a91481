package com.safetycredit.ledger.rules.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days (工作日) in mainland China: Monday to Friday, less the public holidays, plus the make-up working
 * days (调休) on weekends that the State Council names each year. The data is {@code calendar/working-days-cn.json},
 * one entry per year with its source named in the file; a year not in it is an explicit error, never a guess
 * (the State Council publishes the next year's arrangement in the autumn: add it to the file then).
 *
 * <p>A bureau need not wait for a release to add the next year: a supplement of the same shape, named by the
 * environment variable {@code LEDGER_WORKING_DAYS_FILE} or the system property {@code ledger.working-days-file},
 * adds the years it holds. It may only add years: a year the shipped file holds cannot be changed by it (periods
 * already computed stay as they were), and such a supplement stops the start-up. Every server of a ledger reads
 * the same supplement.
 *
 * <p>Periods follow 民法典 第二百零一条: the day a period starts from is not counted, so "within 5 working days of
 * a notice" ends at the close of the 5th working day after the notice's day.
 */
public final class WorkingCalendar {

    /** A date in a year the calendar does not hold: its working days are unknown. */
    public static final class MissingYearException extends ConflictException {

        private static final long serialVersionUID = 1L;

        private final int year;

        MissingYearException(int year) {
            super(
                    "Working-day calendar incomplete",
                    "calendar-year-missing",
                    null,
                    "工作日历中没有 " + year + " 年的节假日和调休安排，无法计算以工作日计的期限：请按国务院办公厅通知补充该年"
                            + "（工作日历补充文件 LEDGER_WORKING_DAYS_FILE，或随新版本的 calendar/working-days-cn.json）",
                    "The working-day calendar has no holidays or make-up working days for " + year
                            + ": a period counted in working days cannot be computed; add the year from the State"
                            + " Council's notice (a supplement named by LEDGER_WORKING_DAYS_FILE, or"
                            + " calendar/working-days-cn.json in a new release)");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }

    private static final String FILE = "calendar/working-days-cn.json";

    /** Where a supplement is named: an environment variable, or a system property. */
    public static final String SUPPLEMENT_VARIABLE = "LEDGER_WORKING_DAYS_FILE";

    public static final String SUPPLEMENT_PROPERTY = "ledger.working-days-file";

    private static final WorkingCalendar CHINA = read().supplementedBy(supplement());

    private final String source;
    private final Set<Integer> years;
    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, String> makeUpWorkdays;

    private WorkingCalendar(
            String source, Set<Integer> years, Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays) {
        this.source = source;
        this.years = Set.copyOf(years);
        this.holidays = Map.copyOf(holidays);
        this.makeUpWorkdays = Map.copyOf(makeUpWorkdays);
    }

    /** The national calendar shipped in the jar. */
    public static WorkingCalendar china() {
        return CHINA;
    }

    /** Where the data comes from, as the file says. */
    public String source() {
        return source;
    }

    /** The years the calendar holds, in order. */
    public Set<Integer> years() {
        return new TreeSet<>(years);
    }

    public boolean isWorkingDay(LocalDate day) {
        requireYear(day);
        if (makeUpWorkdays.containsKey(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The holiday's name (春节, 国庆节, …) or the holiday a make-up working day belongs to; {@code null} otherwise. */
    public String nameOf(LocalDate day) {
        requireYear(day);
        return holidays.getOrDefault(day, makeUpWorkdays.get(day));
    }

    /** The {@code n}th working day after {@code from} ({@code from} itself not counted); {@code n ≥ 1}. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A period counts at least one working day, not " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private void requireYear(LocalDate day) {
        if (!years.contains(day.getYear())) {
            throw new MissingYearException(day.getYear());
        }
    }

    /**
     * This calendar with the years of {@code supplement} added (none when it is {@code null}); a year both hold is
     * refused: the shipped years are never changed.
     */
    WorkingCalendar supplementedBy(JsonNode supplement) {
        if (supplement == null) {
            return this;
        }
        WorkingCalendar added = of(supplement);
        Set<Integer> both = new TreeSet<>(added.years);
        both.retainAll(years);
        if (!both.isEmpty()) {
            throw new IllegalStateException("The working-day supplement may only add years; it repeats " + both
                    + ", which the shipped calendar holds (periods already computed must not change)");
        }
        Set<Integer> allYears = new HashSet<>(years);
        allYears.addAll(added.years);
        Map<LocalDate, String> allHolidays = new HashMap<>(holidays);
        allHolidays.putAll(added.holidays);
        Map<LocalDate, String> allMakeUp = new HashMap<>(makeUpWorkdays);
        allMakeUp.putAll(added.makeUpWorkdays);
        return new WorkingCalendar(
                source + "; " + added.years() + ": " + added.source, allYears, allHolidays, allMakeUp);
    }

    /** The supplement the environment names, read; {@code null} when none is named. */
    private static JsonNode supplement() {
        String named = System.getProperty(SUPPLEMENT_PROPERTY, System.getenv(SUPPLEMENT_VARIABLE));
        if (named == null || named.isBlank()) {
            return null;
        }
        try {
            return new ObjectMapper().readTree(Path.of(named).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable working-day supplement " + named, e);
        }
    }

    private static WorkingCalendar read() {
        try (InputStream in = WorkingCalendar.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing working-day calendar " + FILE);
            }
            return of(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable working-day calendar " + FILE, e);
        }
    }

    /** A calendar from the file's shape: {@code {"_source": …, "years": {"2025": {"holidays": {…}, "makeUpWorkdays": {…}}}}}. */
    static WorkingCalendar of(JsonNode file) {
        Set<Integer> years = new HashSet<>();
        Map<LocalDate, String> holidays = new HashMap<>();
        Map<LocalDate, String> makeUp = new HashMap<>();
        file.get("years").properties().forEach(year -> {
            int number = Integer.parseInt(year.getKey());
            years.add(number);
            year.getValue().path("holidays").properties().forEach(d -> put(holidays, number, d));
            year.getValue().path("makeUpWorkdays").properties().forEach(d -> put(makeUp, number, d));
        });
        return new WorkingCalendar(file.get("_source").asText(), years, holidays, makeUp);
    }

    private static void put(Map<LocalDate, String> days, int year, Map.Entry<String, JsonNode> entry) {
        LocalDate day = LocalDate.parse(entry.getKey());
        if (day.getYear() != year) {
            throw new IllegalStateException("Calendar year " + year + " lists " + day + " of another year");
        }
        days.put(day, entry.getValue().asText());
    }
}
