package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.RevokeCertification;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import com.safetycredit.ledger.rules.domain.CertificationType;
import com.safetycredit.ledger.rules.domain.RevocationGround;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Certifications of an enterprise: granted (standardization, titles, a registered engineer) and revoked. */
@Component
public class Certifications {

    public record Certification(
            @CleanText @NotBlank String type,
            @CleanText @Size(max = 16) String level,
            @CleanText @NotBlank @Size(max = 64) String certificateNo,
            @CleanText @NotBlank @Size(max = 200) String issuer,
            @NotNull LocalDate issuedOn,
            LocalDate expiresOn,
            @Valid Person person) {}

    /** A registered safety engineer: name and a masked identity number, never the full number. */
    public record Person(
            @CleanText @NotBlank @Size(max = 50) String name,
            @CleanText
                    @NotBlank
                    @Size(max = 18)
                    @Pattern(regexp = ".*\\*.*", message = "must be masked, e.g. 3304**********123X")
                    String idMasked) {}

    /**
     * {@code ground}: why, as a code staff may record — {@code FALSE_MATERIALS} (提供虚假材料) or {@code OTHER};
     * optional. The ledger records the other grounds itself (RULES.md §5).
     */
    public record CertificationRevocation(
            @CleanText(multiline = true) @NotBlank @Size(max = 1000) String reason,
            @NotNull LocalDate decidedOn,
            @CleanText @NotBlank @Size(max = 100) String decisionNo,
            @CleanText @Size(max = 32) String ground) {}

    private final LedgerWrites writes;
    private final Clock clock;

    public Certifications(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written grant(RequestMetadata caller, String uscc, Certification request) {
        CertificationType type = Checks.oneOf("type", request.type(), CertificationType.class);
        type.levelProblem(request.level()).ifPresent(problem -> {
            throw new InvalidInputException("level", problem);
        });
        boolean engineer = type == CertificationType.REGISTERED_SAFETY_ENGINEER;
        if (engineer) {
            // a person's name in an enterprise's event could never be erased: the engineer is a practitioner now
            throw new InvalidInputException(
                    "type",
                    "engineer-is-a-practitioner",
                    "注册安全工程师现作为从业人员登记（POST /api/v1/practitioners，注册在本企业），不再作为企业的证书记录",
                    "A registered safety engineer is recorded as a practitioner (POST /api/v1/practitioners), registered"
                            + " at the enterprise, no longer as the enterprise's certificate");
        }
        if (engineer != (request.person() != null)) {
            throw new InvalidInputException(
                    "person",
                    engineer
                            ? "a registered safety engineer needs the person"
                            : "only a registered safety engineer names a person");
        }
        Checks.notInFuture("issuedOn", request.issuedOn(), clock);
        if (request.expiresOn() != null && !request.expiresOn().isAfter(request.issuedOn())) {
            throw new InvalidInputException("expiresOn", "expiresOn must be after issuedOn");
        }
        String id = newId("cert");
        return writes.create(
                caller,
                request,
                new GrantCertification(
                        uscc,
                        id,
                        type.name(),
                        request.level(),
                        request.certificateNo(),
                        request.issuer(),
                        request.issuedOn(),
                        request.expiresOn(),
                        engineer ? request.person().name() : null,
                        engineer ? request.person().idMasked() : null),
                id);
    }

    public Written revoke(
            RequestMetadata caller, String uscc, String certificationId, CertificationRevocation request) {
        Checks.notInFuture("decidedOn", request.decidedOn(), clock);
        RevocationGround ground =
                request.ground() == null ? null : Checks.oneOf("ground", request.ground(), RevocationGround.class);
        if (ground != null && !ground.recordedByStaff()) {
            throw new InvalidInputException(
                    "ground",
                    "ledger-revocation-ground",
                    "撤销理由“" + ground.label() + "”由账本在记录该事实时自行撤销，不能手工记录；可选：提供虚假材料（FALSE_MATERIALS）、其他（OTHER）",
                    "The ledger revokes on " + ground + " itself when the fact is recorded; a decision records"
                            + " FALSE_MATERIALS or OTHER");
        }
        return writes.act(
                caller,
                request,
                new RevokeCertification(
                        uscc,
                        certificationId,
                        request.reason(),
                        request.decidedOn(),
                        request.decisionNo(),
                        ground == null ? null : ground.name()),
                certificationId);
    }
}
