package com.safetycredit.ledger.command.facts;

import com.safetycredit.ledger.command.web.Checks;
import com.safetycredit.ledger.command.web.CommandSender;
import com.safetycredit.ledger.command.web.WriteResponse;
import com.safetycredit.ledger.contracts.commands.ChangeEnterpriseProfile;
import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.RecordSafetyInvestment;
import com.safetycredit.ledger.contracts.commands.RevokeCertification;
import com.safetycredit.ledger.rules.domain.CertificationType;
import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.domain.RevocationGround;
import com.safetycredit.ledger.rules.domain.SafetyInvestmentType;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;

import static com.safetycredit.ledger.command.facts.Ids.newId;

/** Profile changes, certifications and safety investments of an enterprise. */
@RestController
@RequestMapping("/api/v1/enterprises/{uscc}")
public class CertificationController {

    private final CommandSender sender;
    private final Clock clock;

    public CertificationController(CommandSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @PostMapping("/profile-changes")
    public ResponseEntity<WriteResponse> changeProfile(@PathVariable String uscc,
                                                       @Valid @RequestBody FactRequests.ProfileChange request,
                                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                       HttpServletRequest http) {
        Checks.notInFuture("effectiveOn", request.effectiveOn(), clock);
        if (request.industry() != null) {
            Industries.require("industry", request.industry());
        }
        if (request.regionCode() != null) {
            Regions.require("regionCode", request.regionCode());
        }
        return sender.create(http, key, request, new ChangeEnterpriseProfile(uscc, request.name(), request.industry(),
                request.regionCode(), request.address(), request.effectiveOn()), uscc);
    }

    @PostMapping("/certifications")
    public ResponseEntity<WriteResponse> grant(@PathVariable String uscc,
                                               @Valid @RequestBody FactRequests.Certification request,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               HttpServletRequest http) {
        CertificationType type = Checks.oneOf("type", request.type(), CertificationType.class);
        type.levelProblem(request.level()).ifPresent(problem -> {
            throw new InvalidInputException("level", problem);
        });
        boolean engineer = type == CertificationType.REGISTERED_SAFETY_ENGINEER;
        if (engineer != (request.person() != null)) {
            throw new InvalidInputException("person", engineer ? "a registered safety engineer needs the person"
                    : "only a registered safety engineer names a person");
        }
        Checks.notInFuture("issuedOn", request.issuedOn(), clock);
        if (request.expiresOn() != null && !request.expiresOn().isAfter(request.issuedOn())) {
            throw new InvalidInputException("expiresOn", "expiresOn must be after issuedOn");
        }
        String id = newId("cert");
        return sender.create(http, key, request, new GrantCertification(uscc, id, type.name(),
                request.level(), request.certificateNo(), request.issuer(), request.issuedOn(), request.expiresOn(),
                engineer ? request.person().name() : null, engineer ? request.person().idMasked() : null), id);
    }

    @PostMapping("/certifications/{certificationId}/revocation")
    public ResponseEntity<WriteResponse> revoke(@PathVariable String uscc, @PathVariable String certificationId,
                                                @Valid @RequestBody FactRequests.CertificationRevocation request,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                HttpServletRequest http) {
        Checks.notInFuture("decidedOn", request.decidedOn(), clock);
        RevocationGround ground = request.ground() == null ? null
                : Checks.oneOf("ground", request.ground(), RevocationGround.class);
        if (ground != null && !ground.recordedByStaff()) {
            throw new InvalidInputException("ground", "ledger-revocation-ground", "撤销理由“" + ground.label()
                    + "”由账本在记录该事实时自行撤销，不能手工记录；可选：提供虚假材料（FALSE_MATERIALS）、其他（OTHER）",
                    "The ledger revokes on " + ground + " itself when the fact is recorded; a decision records"
                            + " FALSE_MATERIALS or OTHER");
        }
        return sender.act(http, key, request, new RevokeCertification(uscc, certificationId, request.reason(),
                request.decidedOn(), request.decisionNo(), ground == null ? null : ground.name()), certificationId);
    }

    @PostMapping("/safety-investments")
    public ResponseEntity<WriteResponse> invest(@PathVariable String uscc,
                                                @Valid @RequestBody FactRequests.SafetyInvestment request,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                HttpServletRequest http) {
        SafetyInvestmentType type = Checks.oneOf("type", request.type(), SafetyInvestmentType.class);
        String id = newId("inv");
        Map<String, Object> details = request.details() == null ? Map.of() : request.details();
        return sender.create(http, key, request, new RecordSafetyInvestment(uscc, id, type.name(),
                request.policyYear(), amountFen(request), details,
                com.safetycredit.ledger.contracts.LedgerTime.today(clock)), id);
    }

    /** Exactly one of fen or yuan; yuan with a third decimal would silently lose money, so it is refused. */
    static long amountFen(FactRequests.SafetyInvestment request) {
        if ((request.amountFen() == null) == (request.amountYuan() == null)) {
            throw new InvalidInputException("amountFen", "fen", "金额须且只须给出 amountFen（分）或 amountYuan（元）之一"
                    + " / give exactly one of amountFen (fen) or amountYuan (yuan)");
        }
        if (request.amountFen() != null) {
            return request.amountFen();
        }
        java.math.BigDecimal yuan = request.amountYuan().stripTrailingZeros();
        if (yuan.scale() > 2) {
            throw new InvalidInputException("amountYuan", "fen", "金额最多两位小数（到分）：" + request.amountYuan()
                    + " / at most two decimals (fen): " + request.amountYuan());
        }
        return yuan.movePointRight(2).longValueExact();
    }
}
