package com.safetycredit.ledger.command.application;

import static com.safetycredit.ledger.command.application.Ids.newId;

import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.RevokeCertification;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
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
            @Valid Person person)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.oneOf("type", type, CertificationType.class).notInFuture("issuedOn", issuedOn);
            if (type != null && !checks.wrong("type")) {
                CertificationType certification = CertificationType.valueOf(type);
                certification.levelProblem(level).ifPresent(checks::add);
                // a person's name in an enterprise's event could never be erased: the engineer is a practitioner now
                boolean engineer = certification == CertificationType.REGISTERED_SAFETY_ENGINEER;
                checks.ensure(!engineer, "engineer-is-a-practitioner", "type");
                checks.ensure(engineer || person == null, "person-not-allowed", "person");
            }
            checks.ensure(
                    expiresOn == null || issuedOn == null || expiresOn.isAfter(issuedOn),
                    "expires-before-issued",
                    "expiresOn",
                    issuedOn == null ? "" : issuedOn.toString());
        }
    }

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
            @CleanText @Size(max = 32) String ground)
            implements CheckedRequest {

        @Override
        public void check(FieldChecks checks) {
            checks.notInFuture("decidedOn", decidedOn).oneOf("ground", ground, RevocationGround.class);
            if (ground != null && !checks.wrong("ground")) {
                checks.ensure(
                        RevocationGround.valueOf(ground).recordedByStaff(),
                        "ledger-revocation-ground",
                        "ground",
                        new LedgerProblem.Label("enum.RevocationGround", ground));
            }
        }
    }

    private final LedgerWrites writes;
    private final Clock clock;

    public Certifications(LedgerWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    public Written grant(RequestMetadata caller, String uscc, Certification request) {
        FieldChecks.require(request, clock);
        CertificationType type = Checks.oneOf("type", request.type(), CertificationType.class);
        boolean engineer = type == CertificationType.REGISTERED_SAFETY_ENGINEER;
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
        FieldChecks.require(request, clock);
        RevocationGround ground =
                request.ground() == null ? null : Checks.oneOf("ground", request.ground(), RevocationGround.class);
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
