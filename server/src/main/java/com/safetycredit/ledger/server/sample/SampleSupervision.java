package com.safetycredit.ledger.server.sample;

import com.safetycredit.ledger.command.emergency.LevelOneResponseCalendarAggregate;
import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.DecideRedList;
import com.safetycredit.ledger.contracts.commands.DeclareLevelOneResponse;
import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.MakeCreditCommitment;
import com.safetycredit.ledger.contracts.commands.OrderSuspension;
import com.safetycredit.ledger.contracts.commands.RecordHazard;
import com.safetycredit.ledger.contracts.commands.RecordPartnerListEntry;
import com.safetycredit.ledger.contracts.commands.RegisterEnterprise;
import com.safetycredit.ledger.contracts.values.Uscc;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/**
 * The facts of graded supervision in the sample ledger, so a first look finds each page with something on it:
 * an enterprise on the red list by decision and one that meets the rule set without one (a candidate), a major
 * hazard past its 挂牌督办 deadline and one still within it, a suspension order in force, another department's
 * severe-list entry, and the level-one emergency responses of a typhoon. Fixed identifiers, so the API
 * description's examples can name them.
 */
final class SampleSupervision {

    static final String RED_DECIDED = uscc("91330482MB0000001");
    static final String RED_CANDIDATE = uscc("91330482MB0000002");
    static final String OVERDUE_HAZARD_AT = Workload.uscc(12);
    static final String OPEN_HAZARD_AT = Workload.uscc(19);
    static final String SUSPENDED = Workload.uscc(26);
    static final String ON_PARTNER_LIST = Workload.uscc(2);

    /**
     * Enterprises with nothing on record beyond their registration, as most of a county's are: the workload
     * concentrates its facts on its 30 enterprises, so without these the sample would be a county of offenders.
     */
    static final int QUIET = 36;

    /** Of the quiet ones, registered within the last year: too new to grade (未评级). */
    static final int NEW = 4;

    private final CommandGateway commands;
    private final MetaData sampler;

    SampleSupervision(CommandGateway commands, MetaData sampler) {
        this.commands = commands;
        this.sampler = sampler;
    }

    void record() {
        quietEnterprises();
        redListed(RED_DECIDED, "平湖市示例红名单精密机械有限公司", LocalDate.of(2025, 3, 1));
        send(new DecideRedList(RED_DECIDED, "red-sample-1", LocalDate.of(2025, 7, 1), "平应急信〔2025〕1号", "平湖市应急管理局"));
        redListed(RED_CANDIDATE, "平湖市示例诚信包装有限公司", LocalDate.of(2025, 4, 1));
        send(new RecordHazard(
                OVERDUE_HAZARD_AT,
                "hzd-sample-1",
                LocalDate.of(2026, 3, 2),
                "液氨储罐区可燃气体报警装置失效，未设置紧急切断",
                true,
                "平安委挂牌〔2026〕1号",
                LocalDate.of(2026, 6, 30)));
        send(new RecordHazard(
                OPEN_HAZARD_AT,
                "hzd-sample-2",
                LocalDate.of(2026, 9, 1),
                "粉尘涉爆除尘系统未按规定设置泄爆装置",
                true,
                "平安委挂牌〔2026〕2号",
                LocalDate.of(2027, 3, 31)));
        send(new OrderSuspension(
                SUSPENDED, "sus-sample-1", LocalDate.of(2026, 10, 8), "平应急停〔2026〕1号", "重大事故隐患排除前无法保证安全"));
        send(new RecordPartnerListEntry(
                ON_PARTNER_LIST,
                "ptn-sample-1",
                "TAXATION",
                "重大税收违法失信主体名单",
                "嘉税稽〔2026〕8号",
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2029, 3, 31)));
        send(new DeclareLevelOneResponse(
                LevelOneResponseCalendarAggregate.ID,
                "lvr-sample-1",
                "330482",
                LocalDate.of(2026, 7, 27),
                LocalDate.of(2026, 7, 30),
                "浙防指〔2026〕12号",
                "防台风一级应急响应"));
        send(new DeclareLevelOneResponse(
                LevelOneResponseCalendarAggregate.ID,
                "lvr-sample-2",
                "330424",
                LocalDate.of(2026, 8, 1),
                null,
                "嘉防指〔2026〕3号",
                "防汛一级应急响应"));
    }

    private void quietEnterprises() {
        LocalDate today = LocalDate.now(LedgerTime.ZONE);
        for (int n = 0; n < QUIET; n++) {
            String region = Workload.REGIONS[n % Workload.REGIONS.length];
            int kind = n % Workload.INDUSTRIES.length;
            LocalDate registered =
                    n < QUIET - NEW ? LocalDate.of(2016, 3, 1).plusDays(37L * n) : today.minusMonths(2L * (QUIET - n));
            send(new RegisterEnterprise(
                    uscc(String.format("91%sMC%07d", region, n)),
                    "示例" + Workload.NAMES[kind] + "有限公司Q" + n,
                    Workload.INDUSTRIES[kind],
                    region,
                    "示例路" + (100 + n) + "号",
                    null,
                    registered));
        }
    }

    /** Registered in 2019 with no adverse fact, a first-level standardization and a public commitment. */
    private void redListed(String uscc, String name, LocalDate certified) {
        send(new RegisterEnterprise(
                uscc, name, "MANUFACTURING", "330482", "平湖市经济开发区示例路1号", null, LocalDate.of(2019, 1, 2)));
        send(new GrantCertification(
                uscc,
                "cert-sample-" + uscc,
                "STANDARDIZATION",
                "1",
                "AQBIIIJX" + uscc.substring(12),
                "应急管理部",
                certified,
                certified.plusYears(3).minusDays(1),
                null,
                null));
        LocalDate committed = certified.plusMonths(2);
        send(new MakeCreditCommitment(
                uscc,
                "cmt-sample-" + uscc,
                committed,
                "本企业承诺严格遵守安全生产法律法规，落实全员安全生产责任制，接受社会监督。",
                OffsetDateTime.of(committed.plusDays(1).atTime(9, 0), ZoneOffset.ofHours(8))));
    }

    private void send(Object command) {
        commands.sendAndWait(command, sampler);
    }

    private static String uscc(String first17) {
        return first17 + Uscc.checkCharacter(first17);
    }
}
