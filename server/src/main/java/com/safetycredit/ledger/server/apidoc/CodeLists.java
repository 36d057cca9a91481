package com.safetycredit.ledger.server.apidoc;

import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.rules.credit.CreditAssessment;
import com.safetycredit.ledger.rules.domain.AccidentCategory;
import com.safetycredit.ledger.rules.domain.AccidentGrade;
import com.safetycredit.ledger.rules.domain.AgencyMisconduct;
import com.safetycredit.ledger.rules.domain.AgencyServices;
import com.safetycredit.ledger.rules.domain.CertificationType;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.domain.Industries;
import com.safetycredit.ledger.rules.domain.InterviewKind;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.rules.domain.PermitViolation;
import com.safetycredit.ledger.rules.domain.Qualification;
import com.safetycredit.ledger.rules.domain.QualityCheckResult;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.domain.ReportingViolation;
import com.safetycredit.ledger.rules.domain.RevocationGround;
import com.safetycredit.ledger.rules.domain.SafetyInvestmentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The codes a field takes where the code checks them (not an annotation): the glossary names a list
 * ({@code codes: industries}) and the description shows exactly the codes the server accepts.
 */
final class CodeLists {

    private static final Map<String, Supplier<List<String>>> LISTS = Map.ofEntries(
            Map.entry("industries", () -> List.copyOf(Industries.names().keySet())),
            Map.entry(
                    "regions",
                    () -> Regions.all().stream().map(Regions.Region::code).toList()),
            Map.entry("accidentCategories", () -> AccidentCategory.all().stream()
                    .map(AccidentCategory::code)
                    .toList()),
            Map.entry("accidentGrades", () -> names(AccidentGrade.values())),
            Map.entry("certificationTypes", () -> names(CertificationType.values())),
            Map.entry("investmentTypes", () -> names(SafetyInvestmentType.values())),
            Map.entry("reportingViolations", () -> names(ReportingViolation.values())),
            Map.entry("permitViolations", () -> names(PermitViolation.values())),
            Map.entry("listingRegimes", () -> names(ListingRegime.values())),
            Map.entry("staffRevocationGrounds", () -> Stream.of(RevocationGround.values())
                    .filter(RevocationGround::recordedByStaff)
                    .map(Enum::name)
                    .toList()),
            Map.entry("revocationGrounds", () -> names(RevocationGround.values())),
            Map.entry("creditStatuses", () -> names(CreditAssessment.Status.values())),
            // agencies and practitioners (RULES.md §13)
            Map.entry(
                    "agencyServices", () -> List.copyOf(AgencyServices.labels().keySet())),
            Map.entry("qualityCheckResults", () -> names(QualityCheckResult.values())),
            Map.entry("interviewKinds", () -> names(InterviewKind.values())),
            Map.entry("agencyMisconduct", () -> names(AgencyMisconduct.values())),
            Map.entry("qualifications", () -> names(Qualification.values())),
            Map.entry("employerKinds", () -> names(EmployerKind.values())),
            Map.entry("eventTypes", () -> LedgerEventCatalog.registry().entries().stream()
                    .map(EventTypeRegistry.Entry::name)
                    .toList()));

    private CodeLists() {}

    static List<String> of(String name) {
        Supplier<List<String>> list = LISTS.get(name);
        if (list == null) {
            throw new IllegalStateException("apidoc/texts.yml names the code list '" + name + "'; known: "
                    + LISTS.keySet().stream().sorted().toList());
        }
        return list.get();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
