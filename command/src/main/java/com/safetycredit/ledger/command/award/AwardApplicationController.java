package com.safetycredit.ledger.command.award;

import com.safetycredit.ledger.command.web.Checks;
import com.safetycredit.ledger.command.web.CommandSender;
import com.safetycredit.ledger.command.web.WriteResponse;
import com.safetycredit.ledger.shared.LedgerTime;
import com.safetycredit.ledger.shared.commands.ApplyForAward;
import com.safetycredit.ledger.shared.commands.ReviewAward;
import com.safetycredit.ledger.shared.credit.EnterpriseRecord;
import com.safetycredit.ledger.shared.credit.EnterpriseRecords;
import com.safetycredit.ledger.shared.domain.Uscc;
import com.safetycredit.ledger.shared.policy.AwardPolicy;
import com.safetycredit.ledger.shared.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.shared.problems.InvalidInputException;
import com.safetycredit.ledger.shared.problems.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/** Award applications and the joint departmental review. */
@RestController
@RequestMapping("/api/v1/award-applications")
public class AwardApplicationController {

    public record Application(@NotBlank String uscc, @NotBlank String awardType, @Min(2000) @Max(2100) int policyYear,
                              @Size(max = 100) String basisId) {
    }

    public record Review(@NotBlank @Size(max = 64) String department, @NotBlank String decision,
                         @Size(max = 1000) String reason) {
    }

    public enum Decision { APPROVE, VETO }

    private final CommandSender sender;
    private final AwardPolicyCatalog policies;
    private final EnterpriseRecords records;
    private final Clock clock;

    public AwardApplicationController(CommandSender sender, AwardPolicyCatalog policies, EnterpriseRecords records,
                                      Clock clock) {
        this.sender = sender;
        this.policies = policies;
        this.records = records;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> apply(@Valid @RequestBody Application request,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               HttpServletRequest http) {
        String uscc = Uscc.parseWithOverride(request.uscc()).value();
        AwardPolicy policy = policies.forPolicyYear(request.policyYear()).orElseThrow(() ->
                new InvalidInputException("policyYear", "no award policy covers policy year " + request.policyYear()));
        if (policy.award(request.awardType()).isEmpty()) {
            throw new InvalidInputException("awardType", policy.documentNo() + " has no award " + request.awardType()
                    + "; one of " + policy.awards().keySet());
        }
        EnterpriseRecord record = records.load(uscc).orElseThrow(() ->
                new NotFoundException("Unknown enterprise", "The ledger has no enterprise " + uscc));
        if (request.basisId() != null && !record.certifications().containsKey(request.basisId())
                && !record.investments().containsKey(request.basisId())) {
            throw new InvalidInputException("basisId", "No certification or investment " + request.basisId()
                    + " is on record for " + uscc);
        }
        String id = applicationId(uscc, request);
        return sender.create(http, key, request, new ApplyForAward(id, uscc, request.awardType(),
                request.policyYear(), request.basisId(), policy.id(), policy.reviewDepartments().codes(),
                LedgerTime.today(clock)), id);
    }

    @PostMapping("/{applicationId}/reviews")
    public ResponseEntity<WriteResponse> review(@PathVariable String applicationId, @Valid @RequestBody Review request,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                HttpServletRequest http) {
        Decision decision = Checks.oneOf("decision", request.decision(), Decision.class);
        if (decision == Decision.VETO && (request.reason() == null || request.reason().isBlank())) {
            throw new InvalidInputException("reason", "a veto needs its reason");
        }
        return sender.send(http, key, request, new ReviewAward(applicationId, request.department(), decision.name(),
                        request.reason(), LedgerTime.today(clock)), HttpStatus.OK,
                outcome -> WriteResponse.withOutcome(applicationId, outcome));
    }

    /**
     * One application per enterprise, award, year and basis: the id is derived from them, so applying twice
     * fails in the store's unique index (409) instead of paying twice.
     */
    static String applicationId(String uscc, Application request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String key = uscc + "|" + request.awardType() + "|" + request.policyYear() + "|"
                    + (request.basisId() == null ? "" : request.basisId());
            return "awd-" + HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
