package com.safetycredit.ledger.server.sample;

import com.safetycredit.ledger.contracts.commands.ApplyForAward;
import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.commands.MakeCreditCommitment;
import com.safetycredit.ledger.contracts.commands.ReviewAward;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.rules.policy.AwardBasis;
import com.safetycredit.ledger.store.LedgerReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fictitious sample data for a first look ({@code --ledger.sample-data=true}): the benchmark's workload
 * generator at small size ({@code ledger.sample-data-size} commands after 30 registrations), recorded through
 * the same commands staff use, only into an empty ledger. None of these codes belongs to a real enterprise.
 */
@Component
@Profile("command")
@ConditionalOnProperty(name = "ledger.sample-data", havingValue = "true")
public class SampleData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);
    private static final long SEED = 20200101L;
    private static final int ENTERPRISES = 30;
    private static final int PENDING_APPLICATIONS = 3;
    /** 南湖区示例仓储有限公司7: no listing in the workload. */
    private static final String PENALTY_TO_NOTICE_USCC = "91330402MA0000007E";

    private final CommandGateway commandGateway;
    private final LedgerReader store;
    private final SampleSubjects subjects;
    private final int size;

    public SampleData(
            CommandGateway commandGateway,
            LedgerReader store,
            SampleSubjects subjects,
            @Value("${ledger.sample-data-size:300}") int size) {
        this.commandGateway = commandGateway;
        this.store = store;
        this.subjects = subjects;
        this.size = size;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.head().position() > 0) {
            log.info("Sample data requested, but the ledger already holds events: nothing added");
            return;
        }
        Workload workload = new Workload(SEED, ENTERPRISES);
        MetaData sampler = MetaData.with(EventMetadata.ACTOR, "sample-data").and(EventMetadata.ROLE, "SYSTEM");
        for (int i = 0; i < ENTERPRISES + size; i++) {
            commandGateway.sendAndWait(workload.next(), sampler);
        }
        leaveApplicationsUnderReview(sampler);
        leaveAPenaltyToNotice(sampler);
        leaveACommitmentForRepair(sampler);
        new SampleSupervision(commandGateway, sampler).record();
        subjects.record(IntStream.range(0, 10).mapToObj(Workload::uscc).toList());
        log.info(
                "Sample data: {} fictitious enterprises and {} commands about them, agencies and practitioners, {} events",
                ENTERPRISES,
                size,
                store.head().position());
    }

    /**
     * The workload decides every application it files; a first look at the review queue should find work, so
     * three more applications are left under review (the first with one department's approval already in): a
     * 2022 示范企业 title of three Pinghu enterprises, each application keyed by its achievement.
     */
    private void leaveApplicationsUnderReview(MetaData sampler) {
        List<String> departments =
                List.of("EMERGENCY_MANAGEMENT", "FINANCE", "ECONOMY_AND_INFORMATION", "MARKET_REGULATION");
        List<Integer> pinghu = IntStream.range(0, ENTERPRISES)
                .filter(Workload::inPinghu)
                .limit(PENDING_APPLICATIONS)
                .boxed()
                .toList();
        for (int n : pinghu) {
            String uscc = Workload.uscc(n);
            String certification = "cert-sample-pending-" + n;
            String application = AwardBasis.applicationId(
                    "PINGHU_2020", AwardBasis.Kind.ACHIEVEMENT, uscc + "|DEMONSTRATION_ENTERPRISE");
            commandGateway.sendAndWait(
                    new GrantCertification(
                            uscc,
                            certification,
                            "DEMONSTRATION_ENTERPRISE",
                            null,
                            "平应急示范〔2022〕" + n + "号",
                            "平湖市应急管理局",
                            LocalDate.of(2022, 3, 1),
                            null,
                            null,
                            null),
                    sampler);
            commandGateway.sendAndWait(
                    new ApplyForAward(
                            application,
                            uscc,
                            "DEMONSTRATION_ENTERPRISE",
                            2022,
                            certification,
                            "PINGHU_2020",
                            departments,
                            LocalDate.of(2022, 4, 1)),
                    sampler);
            if (n == pinghu.get(0)) {
                commandGateway.sendAndWait(
                        new ReviewAward(
                                application, "EMERGENCY_MANAGEMENT", "APPROVE", "联审意见", LocalDate.of(2022, 4, 10)),
                        sampler);
            }
        }
    }

    /**
     * Every serious penalty of the workload already grounds its listing; the listing procedure needs one that does
     * not yet — a serious penalty of a Nanhu enterprise never listed, to notice (告知), object to, list.
     */
    private void leaveAPenaltyToNotice(MetaData sampler) {
        commandGateway.sendAndWait(
                new ImposePenalty(
                        PENALTY_TO_NOTICE_USCC,
                        "pen-sample-to-notice",
                        "南应急罚〔2025〕7号",
                        LocalDate.of(2025, 6, 3),
                        "未取得危险化学品经营许可证储存甲醇",
                        300_000,
                        true,
                        false,
                        "WITHOUT_PERMIT"),
                sampler);
    }

    /** The enterprise the API description's repair example is for has the credit commitment that example names. */
    private void leaveACommitmentForRepair(MetaData sampler) {
        commandGateway.sendAndWait(
                new MakeCreditCommitment(
                        "91330421MA00000095", "cmt-2025-73", LocalDate.of(2025, 3, 1), "本企业承诺依法依规开展生产经营，按期完成整改", null),
                sampler);
    }
}
