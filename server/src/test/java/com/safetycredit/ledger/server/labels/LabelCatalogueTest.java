package com.safetycredit.ledger.server.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.LedgerEvent;
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
import com.safetycredit.ledger.rules.domain.PartnerDepartments;
import com.safetycredit.ledger.rules.domain.PermitViolation;
import com.safetycredit.ledger.rules.domain.Qualification;
import com.safetycredit.ledger.rules.domain.QualityCheckResult;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.domain.ReportingViolation;
import com.safetycredit.ledger.rules.domain.RevocationGround;
import com.safetycredit.ledger.rules.domain.SafetyInvestmentType;
import com.safetycredit.ledger.rules.labels.EventSentences;
import com.safetycredit.ledger.rules.labels.Labels;
import com.safetycredit.ledger.rules.policy.AwardPolicy;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.server.security.AccountChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code a person can meet has its words in the one catalogue ({@code labels/labels.properties}), in Chinese and
 * in English: each event type (name and history sentence), each code of the rules' lists, each reference entry,
 * each award type and department of the policies, each reason the rules give, each refusal the code can throw and
 * each field a form or a refusal names. Another engineer's new event type or refusal code fails here until its line
 * is added. The codes thrown and the fields of the forms are read from the sources of every module, so nothing
 * needs registering twice.
 */
class LabelCatalogueTest {

    private static final Path ROOT = Path.of("..");
    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Test
    void everyEventTypeHasItsNameAndItsSentence() {
        for (Class<?> type : LedgerEventCatalog.EVENT_TYPES) {
            String name = type.getAnnotation(LedgerEvent.class).name();
            assertLabelled("event." + name);
            assertLabelled("sentence." + name);
            Set<String> fields = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            for (Locale language : LANGUAGES) {
                String line = Labels.find("sentence." + name, language).orElseThrow();
                for (String[] value : EventSentences.values(line)) {
                    assertThat(fields)
                            .as("sentence.%s names a field of %s", name, name)
                            .contains(value[0]);
                    if (":".equals(value[1])) {
                        assertThat(EventSentences.FORMS.contains(value[2]) || kindExists(value[2]))
                                .as("sentence.%s: the kind %s of {%s}", name, value[2], value[0])
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyCodeOfTheRulesListsHasALabel() {
        enumCodes(CertificationType.class);
        enumCodes(SafetyInvestmentType.class);
        enumCodes(ListingRegime.class);
        enumCodes(ReportingViolation.class);
        enumCodes(PermitViolation.class);
        enumCodes(RevocationGround.class);
        for (AccidentGrade grade : AccidentGrade.values()) {
            assertLabelled("grade." + grade.name());
        }
        for (CreditAssessment.Status status : CreditAssessment.Status.values()) {
            assertLabelled("status." + status.name());
        }
        for (String grade : List.of("A", "B", "C", "D")) {
            assertLabelled("creditGrade." + grade);
        }
        for (CertificationType type : CertificationType.values()) {
            type.levels().forEach(level -> assertLabelled("level." + level));
        }
        for (int basis = 1; basis <= 9; basis++) {
            assertLabelled("listing.basis." + basis);
        }
        for (String role : List.of("REGISTRAR", "REVIEWER", "AUDITOR", "AGENCY", "ADMIN")) {
            assertLabelled("role." + role);
        }
    }

    /** The codes of the listing procedure, graded supervision, agencies and practitioners. */
    @Test
    void everyCodeOfProcedureSupervisionAgenciesAndPractitionersHasALabel() {
        enumCodes(Qualification.class);
        enumCodes(EmployerKind.class);
        enumCodes(QualityCheckResult.class);
        enumCodes(InterviewKind.class);
        enumCodes(AgencyMisconduct.class);
        AgencyServices.labels().forEach((code, name) -> {
            assertLabelled("agencyService." + code);
            assertThat(Labels.zhLabel("agencyService", code)).isEqualTo(name);
        });
        PartnerDepartments.names().forEach((code, name) -> {
            assertLabelled("partnerDepartment." + code);
            assertThat(Labels.zhLabel("partnerDepartment", code)).isEqualTo(name);
        });
        for (AccountChanges.Action change : AccountChanges.Action.values()) {
            assertLabelled("accountChange." + change.name());
        }
        for (String outcome : List.of("APPROVE", "REJECT")) {
            assertLabelled("enum.RepairOutcome." + outcome);
        }
        for (String decision : List.of("APPROVED", "REJECTED")) {
            assertLabelled("repairDecision." + decision);
        }
        for (String outcome : List.of("UPHELD", "REJECTED")) {
            assertLabelled("enum.ObjectionOutcome." + outcome);
            assertLabelled("objectionDecision." + outcome);
        }
        for (String status : List.of("OPEN", "LISTED", "WITHDRAWN")) {
            assertLabelled("noticeStatus." + status);
        }
        for (String status : List.of("IN_FORCE", "REVOKED", "LOST", "EXPIRED")) {
            assertLabelled("redListStatus." + status);
        }
        assertLabelled("creditGrade.UNRATED");
        assertLabelled("role.PARTNER");
    }

    /** Reference data keeps its Chinese names in its own files: the catalogue says the same, and English beside it. */
    @Test
    void everyReferenceEntryHasItsLabelAndItsGbt4754Name() {
        Industries.names().forEach((code, name) -> {
            assertLabelled("industry." + code);
            assertLabelled("gbt4754." + code);
            assertThat(Labels.zhLabel("industry", code)).as("industry." + code).isEqualTo(name);
        });
        for (Regions.Region region : Regions.all()) {
            assertLabelled("region." + region.code());
            assertThat(Labels.zhLabel("region", region.code())).isEqualTo(region.name());
        }
        for (AccidentCategory category : AccidentCategory.all()) {
            assertLabelled("accidentCategory." + category.code());
            assertThat(Labels.zhLabel("accidentCategory", category.code())).isEqualTo(category.label());
        }
    }

    @Test
    void everyAwardTypeAndDepartmentOfThePoliciesHasALabel() {
        AwardPolicyCatalog policies = AwardPolicyCatalog.shipped();
        for (AwardPolicy policy : policies.policies()) {
            policy.awards().keySet().forEach(award -> assertLabelled("award." + award));
        }
        policies.reviewDepartments().forEach((code, name) -> {
            assertLabelled("department." + code);
            assertThat(Labels.zhLabel("department", code)).isEqualTo(name);
        });
    }

    @Test
    void everyReasonTheRulesGiveHasALabel() {
        Pattern reason =
                Pattern.compile("(?:new (?:AwardDecision\\.)?(?:Evidence|Reason)|failed)\\(\\s*\"([A-Z0-9_]+)\"");
        Set<String> codes = found(reason, "shared/rules", "command");
        assertThat(codes).as("the rules' reasons are found").contains("ACTIVE_LISTING", "VETOED", "CAPPED");
        codes.forEach(code -> assertLabelled("reason." + code));
    }

    /**
     * Every refusal is a code with its line: the problems thrown ({@code new ConflictException("code", …)}), the
     * checks refused ({@code refuse("code", …)}), the refusals written outside Spring MVC and the constraints of the
     * request records. An old-style refusal whose first word is not a code is found too, and fails.
     */
    @Test
    void everyRefusalCodeHasItsExplanation() {
        Pattern thrown = Pattern.compile("new (?:InvalidInput|Conflict|NotFound|Forbidden)Exception\\(\\s*([^,)]+)");
        Set<String> first = found(thrown, "shared", "command", "query", "server");
        Set<String> codes = new TreeSet<>();
        for (String argument : first) {
            if (argument.equals("code") || argument.startsWith("problems") || argument.contains("\"http-\"")) {
                continue; // FieldChecks and InvalidInputException pass a code on; http-<status> is checked below
            }
            assertThat(argument).as("a refusal's first argument is its code").matches("\"[a-z][a-z0-9-]*\"");
            codes.add(argument.substring(1, argument.length() - 1));
        }
        codes.addAll(found(Pattern.compile("refuse\\(\\s*\"([a-z][a-z0-9-]*)\""), "command/src/main"));
        codes.addAll(found(Pattern.compile("ensure\\([^;]*?,\\s*\"([a-z][a-z0-9-]*)\","), "command/src/main"));
        codes.addAll(found(Pattern.compile("Problems\\.json\\([^,]+,\\s*[^,]+,\\s*\"([a-z][a-z0-9-]*)\""), "server"));
        codes.addAll(found(Pattern.compile("write\\(request, response, \\d+, \"([a-z][a-z0-9-]*)\""), "server"));
        assertThat(codes).as("refusals are found").contains("future", "basis-taken", "unknown-enterprise");
        codes.forEach(code -> assertLabelled("problem." + code));
        found(Pattern.compile("new InvalidUsccException\\(\\s*\"([a-z-]+)\""), "shared/contracts")
                .forEach(what -> assertLabelled("problem.uscc." + what));
        Set<String> constraints = found(
                Pattern.compile("import jakarta\\.validation\\.constraints\\.(\\w+);"), "command", "query", "server");
        constraints.add("CleanText");
        constraints.forEach(constraint -> assertLabelled(
                "problem." + constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)));
        for (int status : List.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 429, 500)) {
            assertLabelled("problemTitle." + status);
            assertLabelled("problem.http-" + status);
        }
    }

    /** Each field of a console form has its label, so a form and a refusal name it alike. */
    @Test
    void everyFieldOfTheFormsHasALabel() {
        Set<String> fields =
                found(Pattern.compile("(?:[^.\\w]of|select|multi)\\(\\s*\"([a-zA-Z.]+)\""), "server/src/main/java");
        assertThat(fields).contains("uscc", "decidedOn", "groundsOverride.reason");
        for (String field : fields) {
            String leaf = field.substring(field.lastIndexOf('.') + 1);
            assertThat(Labels.has("field." + field) || Labels.has("field." + leaf))
                    .as("field." + field)
                    .isTrue();
        }
    }

    @Test
    void everyEntryIsWrittenInBothLanguagesAndChineseIsChinese() {
        for (String key : Labels.keys()) {
            String chinese = Labels.find(key, Locale.SIMPLIFIED_CHINESE).orElseThrow();
            String english = Labels.find(key, Locale.ENGLISH).orElseThrow();
            assertThat(chinese).as(key).isNotBlank();
            assertThat(english).as(key).isNotBlank();
            if (!key.startsWith("creditGrade.")) {
                assertThat(chinese).as(key + " is Chinese").containsPattern("[\\u4e00-\\u9fa5]");
            }
        }
    }

    private static void assertLabelled(String key) {
        assertThat(Labels.has(key)).as("labels.properties has " + key).isTrue();
    }

    private static <E extends Enum<E>> void enumCodes(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            assertLabelled("enum." + type.getSimpleName() + "." + constant.name());
        }
    }

    private static boolean kindExists(String kind) {
        return Labels.keys().stream().anyMatch(key -> key.startsWith(kind + "."));
    }

    /** The first group of every match in the main Java sources under {@code folders}. */
    private static Set<String> found(Pattern pattern, String... folders) {
        Set<String> found = new TreeSet<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
                        .forEach(file -> {
                            Matcher match = pattern.matcher(read(file));
                            while (match.find()) {
                                found.add(match.group(1).strip());
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
