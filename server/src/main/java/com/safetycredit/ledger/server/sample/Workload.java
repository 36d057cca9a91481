package com.safetycredit.ledger.server.sample;

import com.safetycredit.ledger.contracts.commands.ApplyForAward;
import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.commands.RecordAccidentReportingViolation;
import com.safetycredit.ledger.contracts.commands.RecordSafetyInvestment;
import com.safetycredit.ledger.contracts.commands.RegisterEnterprise;
import com.safetycredit.ledger.contracts.commands.RemoveListingEarly;
import com.safetycredit.ledger.contracts.commands.ReportAccident;
import com.safetycredit.ledger.contracts.commands.ReviewAward;
import com.safetycredit.ledger.contracts.commands.ReviseAccidentCasualties;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.policy.AwardBasis;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic stream of commands like a busy bureau's years: registrations across the Jiaxing regions and
 * industries, then certifications, investments, accidents with revisions, penalties, listings and removals,
 * award applications with their reviews. The same seed gives the same commands, in the same order, with the
 * same identifiers — for benchmarks and for sample data. Every command is valid against the rules, so each
 * appends events; and every listing has the facts of its basis on record, no certificate is issued while the
 * enterprise is listed or within a year after a fact that revoked one.
 */
public final class Workload implements Iterator<Object> {

    /** The region of the award policy the workload applies under (平政发〔2020〕55号). */
    public static final String PINGHU = "330482";

    static final String[] REGIONS = {"330402", "330411", "330421", "330424", "330481", "330482", "330483"};
    static final String[] INDUSTRIES = {
        "MANUFACTURING",
        "HAZARDOUS_CHEMICALS",
        "TRANSPORT",
        "CONSTRUCTION",
        "METAL_SMELTING",
        "LUGGAGE_MANUFACTURING",
        "GARMENT_MANUFACTURING",
        "WAREHOUSING_LOGISTICS",
        "TRADE_AND_RETAIL"
    };
    static final String[] NAMES = {"精密机械", "化工", "物流", "建设工程", "金属制品", "箱包", "服装", "仓储", "商贸"};
    /**
     * Listing bases, weighted as a bureau sees them: mostly serious violations and permits, rarely an accident. No
     * basis 5: it names the enterprise's principal, a person on record with personal data, which a generated
     * workload does not hold (the sample's named people are in {@link SampleSubjects}).
     */
    static final int[] BASES = {9, 9, 9, 6, 6, 6, 4, 4, 1, 2, 3, 8, 8};

    static final List<String> DEPARTMENTS =
            List.of("EMERGENCY_MANAGEMENT", "FINANCE", "ECONOMY_AND_INFORMATION", "MARKET_REGULATION");

    private final Random random;
    private final int enterprises;
    private final List<Object> pending = new ArrayList<>();
    private final Set<Integer> appliedForDualPrevention = new HashSet<>();
    private final Map<Integer, Facts> histories = new HashMap<>();
    private int registered;
    private long serial;

    /** @param enterprises how many enterprises the workload registers before it records facts about them */
    public Workload(long seed, int enterprises) {
        this.random = new Random(seed);
        this.enterprises = enterprises;
    }

    /** Whether the {@code n}-th generated enterprise is registered in Pinghu. */
    public static boolean inPinghu(int n) {
        return PINGHU.equals(REGIONS[n % REGIONS.length]);
    }

    /** The USCC of the {@code n}-th generated enterprise (0-based). */
    public static String uscc(int n) {
        String first17 = String.format("91%sMA%07d", REGIONS[n % REGIONS.length], n);
        return first17 + Uscc.checkCharacter(first17);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Object next() {
        if (registered < enterprises) {
            int n = registered++;
            int kind = n % INDUSTRIES.length;
            // named after the county or district it is registered in, as enterprises are
            String place = Regions.lookup(REGIONS[n % REGIONS.length])
                    .map(Regions.Region::name)
                    .orElse("嘉兴市");
            return new RegisterEnterprise(
                    uscc(n),
                    place + "示例" + NAMES[kind] + "有限公司" + n,
                    INDUSTRIES[kind],
                    REGIONS[n % REGIONS.length],
                    "示例路" + n + "号",
                    null,
                    LocalDate.of(2018, 1, 2));
        }
        // a story may find nothing plausible to tell (a certificate while listed): then the next one
        for (int tries = 0; pending.isEmpty(); tries++) {
            if (tries == 1_000) {
                throw new NoSuchElementException("no plausible story left");
            }
            story(random.nextInt(enterprises));
        }
        return pending.remove(0);
    }

    /** One short story about an enterprise: a few related commands in their natural order. */
    private void story(int n) {
        String uscc = uscc(n);
        Facts facts = histories.computeIfAbsent(n, k -> new Facts());
        int year = 2020 + random.nextInt(3);
        LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String id = Long.toString(++serial);
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                // 一级 is announced by the ministry, 二级 by the province, 三级 by the city
                int level = 1 + random.nextInt(3);
                String issuer = level == 1 ? "应急管理部" : level == 2 ? "浙江省应急管理厅" : "嘉兴市应急管理局";
                if (facts.standardizationAllowedOn(day)) {
                    facts.standardizations.add(day);
                    pending.add(new GrantCertification(
                            uscc,
                            "cert-" + id,
                            "STANDARDIZATION",
                            String.valueOf(level),
                            "AQB-" + id,
                            issuer,
                            day,
                            null,
                            null,
                            null));
                }
            }
            case 2 -> pending.add(new RecordSafetyInvestment(
                    uscc,
                    "inv-" + id,
                    "LIABILITY_INSURANCE",
                    year,
                    (10_000L + random.nextInt(200_000)) * 100,
                    Map.of(),
                    day));
            case 3, 4 -> accident(uscc, facts, id, day);
            case 5, 6 -> pending.add(new ImposePenalty(
                    uscc,
                    "pen-" + id,
                    "罚-" + id,
                    day,
                    "示例违法行为",
                    1_000 + random.nextInt(500_000),
                    false,
                    random.nextInt(4) == 0));
            case 7 -> listing(uscc, facts, id);
            default -> {
                String cert = "cert-" + id;
                pending.add(new GrantCertification(
                        uscc, cert, "DUAL_PREVENTION", null, "SF-" + id, "平湖市应急管理局", day, null, null, null));
                // Pinghu's policy pays Pinghu enterprises only, and one 验收 once
                if (!PINGHU.equals(REGIONS[n % REGIONS.length]) || !appliedForDualPrevention.add(n)) {
                    return;
                }
                // keyed by the achievement, as the application endpoint keys it: a second one is refused
                String application =
                        AwardBasis.applicationId("PINGHU_2020", AwardBasis.Kind.ACHIEVEMENT, uscc + "|DUAL_PREVENTION");
                pending.add(new ApplyForAward(
                        application,
                        uscc,
                        "DUAL_PREVENTION",
                        year,
                        cert,
                        "PINGHU_2020",
                        DEPARTMENTS,
                        day.plusDays(30)));
                for (String department : DEPARTMENTS) {
                    boolean veto = random.nextInt(20) == 0;
                    pending.add(new ReviewAward(
                            application, department, veto ? "VETO" : "APPROVE", "联审意见", day.plusDays(40)));
                    if (veto) {
                        break; // one veto decides: nobody reviews after it
                    }
                }
            }
        }
    }

    /**
     * An accident at work, now and then with a death (which revokes a standardization certificate valid that day,
     * so only where no certificate was issued in the year after it), or an employee's road accident on the way to
     * work, which is no production-safety accident; half of them are revised within the window.
     */
    private void accident(String uscc, Facts facts, String id, LocalDate day) {
        boolean commuting = random.nextInt(8) == 0;
        int deaths = commuting || random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
        boolean mayKill = commuting || facts.triggerAllowedOn(day);
        if (!mayKill) {
            deaths = 0;
        } else if (deaths > 0 && !commuting) {
            facts.triggers.add(day);
        }
        OffsetDateTime at = OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(8));
        pending.add(new ReportAccident(
                uscc,
                "acc-" + id,
                at,
                commuting ? "COMMUTING_ROAD_TRAFFIC" : "PRODUCTION",
                deaths,
                random.nextInt(4),
                random.nextInt(4),
                commuting ? 0 : random.nextInt(2_000_000),
                false,
                "R-" + id,
                commuting ? "职工上班途中发生道路交通事故" : "示例事故"));
        if (random.nextBoolean()) {
            int revisedDeaths = mayKill ? deaths + 1 : deaths;
            if (revisedDeaths > 0 && !commuting) {
                facts.triggers.add(day);
            }
            pending.add(new ReviseAccidentCasualties(
                    uscc,
                    "acc-" + id,
                    revisedDeaths,
                    random.nextInt(5),
                    0,
                    commuting ? 0 : random.nextInt(3_000_000),
                    day.plusDays(5),
                    "复核"));
        }
    }

    /**
     * A listing under the 2023 rule (from 2023-10-01, so early removal exists), with the facts its basis needs on
     * record first (RULES.md §3): no basis 7 (agencies only), no basis 5 (see {@link #BASES}), basis 8 with the
     * reviewer's statement. Skipped where a standardization certificate was issued in the years it would overlap: the listing would revoke it,
     * or it would have been issued while listed.
     */
    private void listing(String uscc, Facts facts, String id) {
        LocalDate penalized = LocalDate.of(2023, 10, 1).plusDays(random.nextInt(400));
        LocalDate listed = penalized.plusDays(10);
        int basis = BASES[random.nextInt(BASES.length)];
        LocalDate earliestFact = basis == 2 ? penalized.minusDays(300) : penalized.minusDays(90);
        if (!facts.listingAllowed(earliestFact, listed)) {
            return;
        }
        String penalty = "罚-" + id;
        long fine = 500_000;
        String violation = "违反安全生产法律法规，情节严重";
        String permit = null;
        String override = null;
        switch (basis) {
            case 1 -> {
                groundAccident(uscc, id + "-1", penalized.minusDays(90), 0, 2, 60_000_000, "FIRE", "仓库火灾");
                fine = 3_000_000;
                violation = "对重大生产安全事故负有责任";
            }
            case 2 -> {
                groundAccident(uscc, id + "-1", penalized.minusDays(300), 0, 11, 300_000, "PRODUCTION", "中毒");
                groundAccident(uscc, id + "-2", penalized.minusDays(60), 0, 10, 12_000_000, "PRODUCTION", "爆炸");
                fine = 1_500_000;
                violation = "12个月内发生两起较大生产安全事故";
            }
            case 3 -> {
                groundAccident(uscc, id + "-1", penalized.minusDays(90), 0, 12, 500_000, "PRODUCTION", "有限空间中毒");
                fine = 2_500_000;
                violation = "发生较大事故，情节特别严重，依安全生产法第一百一十四条第二款加处罚款";
            }
            case 4 -> {
                groundAccident(uscc, id + "-1", penalized.minusDays(90), 0, 1, 200_000, "PRODUCTION", "机械伤害");
                pending.add(new RecordAccidentReportingViolation(
                        uscc,
                        "acc-" + id + "-1",
                        "CONCEALED",
                        penalized.minusDays(10),
                        "认定-" + id,
                        "事故发生后未按规定报告，经举报查实"));
                facts.triggers.add(penalized.minusDays(10));
                violation = "瞒报生产安全事故";
            }
            case 6 -> {
                permit = "WITHOUT_PERMIT";
                violation = "未取得安全生产许可证擅自从事危险化学品生产经营";
            }
            case 8 -> {
                override = "行政处罚决定送达后，有能力履行而逾期拒不缴纳罚款，经催告仍不履行";
                violation = "拒不执行行政处罚决定";
            }
            default -> {}
        }
        facts.triggers.add(listed);
        facts.listings.add(new LocalDate[] {listed, listed.plusYears(3)});
        pending.add(new ImposePenalty(uscc, "pen-" + id, penalty, penalized, violation, fine, true, false, permit));
        pending.add(new BlacklistEnterprise(
                uscc, "lst-" + id, basis, null, penalty, "嘉兴市应急管理局", "失信-" + id, listed, override));
        if (random.nextBoolean()) {
            pending.add(new RemoveListingEarly(uscc, "lst-" + id, "修复-" + id, listed.plusMonths(13)));
        }
    }

    /** An accident a listing rests on, without deaths: its grade comes from the injuries or the loss. */
    private void groundAccident(
            String uscc,
            String id,
            LocalDate day,
            int deaths,
            int injuries,
            long lossYuan,
            String category,
            String summary) {
        pending.add(new ReportAccident(
                uscc,
                "acc-" + id,
                OffsetDateTime.of(day.atTime(15, 0), ZoneOffset.ofHours(8)),
                category,
                deaths,
                injuries,
                0,
                lossYuan,
                false,
                "R-" + id,
                summary));
    }

    /**
     * What the generator remembers of an enterprise so every story stays plausible next to the others: when its
     * standardization certificates were issued, when facts that revoke one happened, when it was listed.
     */
    private static final class Facts {
        final List<LocalDate> standardizations = new ArrayList<>();
        final List<LocalDate> triggers = new ArrayList<>();
        final List<LocalDate[]> listings = new ArrayList<>();

        /** Not while listed, and not within a year after a fact that may have revoked one (13 months, to be safe). */
        boolean standardizationAllowedOn(LocalDate day) {
            return listings.stream().noneMatch(l -> !day.isBefore(l[0]) && day.isBefore(l[1]))
                    && triggers.stream()
                            .noneMatch(t -> !t.isAfter(day) && t.plusMonths(13).isAfter(day));
        }

        /** A revoking fact on {@code day} must not fall on or in the year before a certificate already issued. */
        boolean triggerAllowedOn(LocalDate day) {
            return standardizations.stream().noneMatch(s -> !s.isBefore(day) && !s.isAfter(day.plusMonths(13)));
        }

        /** …and, as the default rule wants it (RULES.md §11), no listing while another is in force. */
        boolean listingAllowed(LocalDate firstFact, LocalDate listed) {
            return triggerAllowedOn(firstFact)
                    && listings.stream().noneMatch(l -> !listed.isBefore(l[0]) && listed.isBefore(l[1]))
                    && standardizations.stream()
                            .noneMatch(s -> !s.isBefore(firstFact) && s.isBefore(listed.plusYears(3)));
        }
    }
}
