package com.safetycredit.ledger.command.application;

import com.safetycredit.ledger.command.supervision.SupervisionDirectory;
import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.commands.MakeSupervisionDraw;
import com.safetycredit.ledger.contracts.events.supervision.SupervisionDrawMade;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.supervision.DrawCandidates;
import com.safetycredit.ledger.rules.supervision.DrawCandidates.Candidate;
import com.safetycredit.ledger.rules.supervision.DrawProof;
import com.safetycredit.ledger.rules.supervision.SupervisionPlan;
import com.safetycredit.ledger.rules.supervision.WeightedDraw;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredEnterpriseEvents;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 双随机 draws (RULES.md §12, DESIGN.md "Draws anyone can re-run"): the pool is every enterprise of the region as the
 * ledger holds it at a position, graded on the day by the grading model in force and weighted by the supervision
 * plan; the draw is the rules' HMAC-driven shuffle under a seed; the event records the pool's position and hash,
 * the seed, the plan's revision and the result. Inspectors may be drawn the same way from a roster.
 */
@Component
public class SupervisionDraws {

    public record DrawRequest(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @CleanText @NotBlank @Size(max = 32) String period,
            @CleanText @NotBlank @Size(max = 6) String regionCode,
            @NotNull @Min(1) @Max(1000) Integer count,
            @Pattern(regexp = "[A-Za-z0-9._:/-]{1,128}", message = "must be 1 to 128 letters, digits or . _ : / -")
                    String seed,
            @Valid InspectorDraw inspectors) {}

    /** Inspectors drawn for each enterprise from a roster of enforcement certificate numbers (执法证号). */
    public record InspectorDraw(
            @NotEmpty @Size(max = 500)
                    List<
                                    @Pattern(
                                            regexp = "[A-Za-z0-9-]{1,32}",
                                            message = "must be an enforcement certificate number")
                                    String>
                            roster,
            @NotNull @Min(1) @Max(10) Integer perEnterprise) {}

    /** A candidate as a page shows it: in the hashed list ({@code uscc, grade, weight}) and its name beside. */
    public record CandidateView(String uscc, String name, String regionCode, String grade, int weight) {}

    /** A recorded draw, with its pool rebuilt and the shuffle re-run: the proof anyone can check. */
    public record DrawView(
            String drawId,
            long position,
            SupervisionDrawMade draw,
            String gradingModel,
            List<CandidateView> candidates,
            DrawProofView proof) {}

    public record DrawProofView(
            String candidatesHash,
            boolean candidatesMatch,
            boolean drawnMatches,
            boolean inspectorsMatch,
            boolean ok) {}

    private static final Duration DIRECTORY_WAIT = Duration.ofSeconds(5);
    private static final SecureRandom SEEDS = new SecureRandom();

    private final LedgerWrites writes;
    private final LedgerReader store;
    private final SupervisionDirectory directory;
    private final EnterpriseRecords records;
    private final StoredEnterpriseEvents payloads;
    private final CreditRules rules;
    private final SupervisionPlan plan;
    private final Clock clock;

    public SupervisionDraws(
            LedgerWrites writes,
            LedgerReader store,
            SupervisionDirectory directory,
            EnterpriseRecords records,
            StoredEnterpriseEvents payloads,
            CreditRules rules,
            SupervisionPlan plan,
            Clock clock) {
        this.writes = writes;
        this.store = store;
        this.directory = directory;
        this.records = records;
        this.payloads = payloads;
        this.rules = rules;
        this.plan = plan;
        this.clock = clock;
    }

    /** One draw per year, period and region: the id says which round it is. */
    public static String drawId(int year, String period, String regionCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(period.getBytes(StandardCharsets.UTF_8));
            return "drw-" + year + "-" + regionCode + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public Written draw(RequestMetadata caller, DrawRequest request) {
        Regions.require("regionCode", request.regionCode());
        String id = drawId(request.year(), request.period(), request.regionCode());
        return writes.create(
                caller, request, () -> new LedgerWrites.Prepared(new MakeSupervisionDraw(id, made(id, request)), id));
    }

    private SupervisionDrawMade made(String id, DrawRequest request) {
        long position = poolPosition();
        LocalDate today = LedgerTime.today(clock);
        List<Candidate> candidates = DrawCandidates.of(
                recordsAt(request.regionCode(), position).values(), request.regionCode(), today, rules, plan);
        String seed = request.seed() != null ? request.seed() : HexFormat.of().formatHex(SEEDS.generateSeed(16));
        List<String> drawn = WeightedDraw.draw(candidates, seed, request.count());
        List<String> roster = request.inspectors() == null
                ? List.of()
                : request.inspectors().roster().stream().distinct().sorted().toList();
        int perEnterprise =
                request.inspectors() == null ? 0 : request.inspectors().perEnterprise();
        return new SupervisionDrawMade(
                id,
                request.year(),
                request.period(),
                request.regionCode(),
                today,
                request.count(),
                seed,
                plan.id(),
                plan.revision(),
                position,
                candidates.size(),
                DrawCandidates.hash(candidates),
                drawn,
                roster,
                perEnterprise,
                DrawProof.assign(roster, seed, drawn, perEnterprise));
    }

    /** The recorded draw with its proof; 404 for a draw never made. */
    public DrawView view(String drawId) {
        StoredEvent stored = store.readAggregateStoredEvents(drawId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("unknown-draw", "drawId", drawId));
        SupervisionDrawMade draw = (SupervisionDrawMade) payloads.payload(stored);
        Map<String, EnterpriseRecord> pool = recordsAt(draw.regionCode(), draw.poolPosition());
        DrawProof proof = DrawProof.of(draw, pool.values(), rules, plan);
        List<CandidateView> candidates = proof.candidates().stream()
                .map(c -> new CandidateView(
                        c.uscc(), pool.get(c.uscc()).name(), pool.get(c.uscc()).regionCode(), c.grade(), c.weight()))
                .toList();
        return new DrawView(
                drawId,
                stored.position(),
                draw,
                rules.grading().modelOn(draw.drawnOn()).reference(),
                candidates,
                new DrawProofView(
                        proof.candidatesHash(),
                        proof.candidatesMatch(),
                        proof.drawnMatches(),
                        proof.inspectorsMatch(),
                        proof.ok()));
    }

    public List<SupervisionDirectory.DrawSummary> draws(Integer year) {
        return directory.draws(year);
    }

    /** The records of every enterprise that may be in the region's pool, as the ledger held them at the position. */
    private Map<String, EnterpriseRecord> recordsAt(String regionCode, long position) {
        return directory.mayBeInPool(regionCode, position).stream()
                .map(uscc -> records.loadUpTo(uscc, position))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(EnterpriseRecord::uscc, Function.identity()));
    }

    /**
     * The position the pool is read at: the head, once the directory has followed the ledger that far (waiting a few
     * seconds at most); else as far as it got — the pool is then the ledger's as of that position, exactly.
     */
    private long poolPosition() {
        long head = store.head().position();
        long deadline = System.nanoTime() + DIRECTORY_WAIT.toNanos();
        while (directory.reached() < head && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return Math.min(head, directory.reached());
    }
}
