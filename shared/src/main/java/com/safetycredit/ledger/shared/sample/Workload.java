package com.safetycredit.ledger.shared.sample;

import com.safetycredit.ledger.shared.commands.ApplyForAward;
import com.safetycredit.ledger.shared.domain.Regions;
import com.safetycredit.ledger.shared.policy.AwardBasis;
import com.safetycredit.ledger.shared.commands.BlacklistEnterprise;
import com.safetycredit.ledger.shared.commands.GrantCertification;
import com.safetycredit.ledger.shared.commands.ImposePenalty;
import com.safetycredit.ledger.shared.commands.RecordSafetyInvestment;
import com.safetycredit.ledger.shared.commands.RegisterEnterprise;
import com.safetycredit.ledger.shared.commands.RemoveListingEarly;
import com.safetycredit.ledger.shared.commands.ReportAccident;
import com.safetycredit.ledger.shared.commands.ReviewAward;
import com.safetycredit.ledger.shared.commands.ReviseAccidentCasualties;
import com.safetycredit.ledger.shared.domain.Uscc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A deterministic stream of commands like a busy bureau's years: registrations across the Jiaxing regions and
 * industries, then certifications, investments, accidents with revisions, penalties, listings and removals,
 * award applications with their reviews. The same seed gives the same commands, in the same order, with the
 * same identifiers — for benchmarks and for sample data. Every command is valid against the rules, so each
 * appends events.
 */
public final class Workload implements Iterator<Object> {

    /** The region of the award policy the workload applies under (平政发〔2020〕55号). */
    public static final String PINGHU = "330482";
    static final String[] REGIONS = {"330402", "330411", "330421", "330424", "330481", "330482", "330483"};
    static final String[] INDUSTRIES = {"MANUFACTURING", "HAZARDOUS_CHEMICALS", "TRANSPORT", "CONSTRUCTION",
            "METAL_SMELTING", "LUGGAGE_MANUFACTURING", "GARMENT_MANUFACTURING", "WAREHOUSING_LOGISTICS", "TRADE_AND_RETAIL"};
    static final String[] NAMES = {"精密机械", "化工", "物流", "建设工程", "金属制品", "箱包", "服装", "仓储", "商贸"};
    static final List<String> DEPARTMENTS = List.of("EMERGENCY_MANAGEMENT", "FINANCE", "ECONOMY_AND_INFORMATION",
            "MARKET_REGULATION");

    private final Random random;
    private final int enterprises;
    private final List<Object> pending = new ArrayList<>();
    private final java.util.Set<Integer> appliedForDualPrevention = new java.util.HashSet<>();
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
            String place = Regions.lookup(REGIONS[n % REGIONS.length]).map(Regions.Region::name).orElse("嘉兴市");
            return new RegisterEnterprise(uscc(n), place + "示例" + NAMES[kind] + "有限公司" + n, INDUSTRIES[kind],
                    REGIONS[n % REGIONS.length], "示例路" + n + "号", null, LocalDate.of(2018, 1, 2));
        }
        if (pending.isEmpty()) {
            story(random.nextInt(enterprises));
        }
        if (pending.isEmpty()) {
            throw new NoSuchElementException();
        }
        return pending.remove(0);
    }

    /** One short story about an enterprise: a few related commands in their natural order. */
    private void story(int n) {
        String uscc = uscc(n);
        int year = 2020 + random.nextInt(3);
        LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String id = Long.toString(++serial);
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                // 一级 is announced by the ministry, 二级 by the province, 三级 by the city
                int level = 1 + random.nextInt(3);
                String issuer = level == 1 ? "应急管理部" : level == 2 ? "浙江省应急管理厅" : "嘉兴市应急管理局";
                pending.add(new GrantCertification(uscc, "cert-" + id, "STANDARDIZATION", String.valueOf(level),
                        "AQB-" + id, issuer, day, null, null, null));
            }
            case 2 -> pending.add(new RecordSafetyInvestment(uscc, "inv-" + id, "LIABILITY_INSURANCE", year,
                    (10_000L + random.nextInt(200_000)) * 100, Map.of(), day));
            case 3, 4 -> {
                int deaths = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
                OffsetDateTime at = OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(8));
                pending.add(new ReportAccident(uscc, "acc-" + id, at, "PRODUCTION", deaths, random.nextInt(4),
                        random.nextInt(4), random.nextInt(2_000_000), false, "R-" + id, "示例事故"));
                if (random.nextBoolean()) {
                    pending.add(new ReviseAccidentCasualties(uscc, "acc-" + id, deaths + 1, random.nextInt(5), 0,
                            random.nextInt(3_000_000), day.plusDays(5), "复核"));
                }
            }
            case 5, 6 -> pending.add(new ImposePenalty(uscc, "pen-" + id, "罚-" + id, day, "示例违法行为",
                    1_000 + random.nextInt(500_000), false, random.nextInt(4) == 0));
            case 7 -> {
                // listings under the 2023 rule (from 2023-10-01), so that early removal exists
                LocalDate penalized = LocalDate.of(2023, 10, 1).plusDays(random.nextInt(400));
                pending.add(new ImposePenalty(uscc, "pen-" + id, "罚-" + id, penalized, "严重违法行为", 500_000, true, false));
                pending.add(new BlacklistEnterprise(uscc, "lst-" + id, 1 + random.nextInt(7), null, "罚-" + id,
                        "嘉兴市应急管理局", "失信-" + id, penalized.plusDays(10)));
                if (random.nextBoolean()) {
                    pending.add(new RemoveListingEarly(uscc, "lst-" + id, "修复-" + id,
                            penalized.plusDays(10).plusMonths(13)));
                }
            }
            default -> {
                String cert = "cert-" + id;
                pending.add(new GrantCertification(uscc, cert, "DUAL_PREVENTION", null, "SF-" + id, "平湖市应急管理局",
                        day, null, null, null));
                // Pinghu's policy pays Pinghu enterprises only, and one 验收 once
                if (!PINGHU.equals(REGIONS[n % REGIONS.length]) || !appliedForDualPrevention.add(n)) {
                    return;
                }
                // keyed by the achievement, as the application endpoint keys it: a second one is refused
                String application = AwardBasis.applicationId("PINGHU_2020", AwardBasis.Kind.ACHIEVEMENT,
                        uscc + "|DUAL_PREVENTION");
                pending.add(new ApplyForAward(application, uscc, "DUAL_PREVENTION", year, cert, "PINGHU_2020",
                        DEPARTMENTS, day.plusDays(30)));
                for (String department : DEPARTMENTS) {
                    boolean veto = random.nextInt(20) == 0;
                    pending.add(new ReviewAward(application, department, veto ? "VETO" : "APPROVE", "联审意见",
                            day.plusDays(40)));
                    if (veto) {
                        break; // one veto decides: nobody reviews after it
                    }
                }
            }
        }
    }
}
