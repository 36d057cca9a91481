package com.safetycredit.ledger.query.agency;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import com.safetycredit.ledger.contracts.values.Uscc;
import com.safetycredit.ledger.query.history.HistoryEntry;
import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.rules.agency.AgencyAssessor;
import com.safetycredit.ledger.rules.agency.AgencyEvaluation;
import com.safetycredit.ledger.rules.agency.AgencyEvaluationRules;
import com.safetycredit.ledger.rules.agency.AgencyRecord;
import com.safetycredit.ledger.rules.agency.AgencyRecords;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.credit.Evidence;
import com.safetycredit.ledger.rules.domain.EmployerKind;
import com.safetycredit.ledger.rules.domain.Regions;
import com.safetycredit.ledger.rules.publication.PublicationRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Staff questions about agencies (RULES.md §13): search, an agency's profile with its status and evaluation, its
 * history and services, and the yearly evaluation list the bureau publishes. Each answer is computed from the
 * agencies' own streams with the same rule code the offline verifier runs.
 */
@Component
public class AgencyProfiles {

    public record Summary(
            String uscc,
            String name,
            String regionCode,
            List<String> services,
            String status,
            List<Evidence> reasons) {}

    public record Page(List<Summary> items, int page, int size, int total) {}

    public record Staff(String registrationNo, String qualification, LocalDate from) {}

    public record Profile(
            String uscc,
            String name,
            List<String> services,
            String qualificationNo,
            LocalDate qualificationValidUntil,
            String regionCode,
            String address,
            LocalDate registeredOn,
            LocalDate validAt,
            String status,
            List<Evidence> reasons,
            AgencyEvaluation.Result evaluation,
            List<Staff> staff,
            long lastPosition) {}

    /** A service as the agency's page and the API list it, with the client's name. */
    public record ServiceRecord(
            String serviceId,
            String clientUscc,
            String clientName,
            String serviceType,
            String contractNo,
            LocalDate from,
            LocalDate to,
            String reportNo,
            long position) {}

    public record History(String uscc, List<HistoryEntry> events) {}

    /** The published evaluation of a year: every agency registered by its end, graded, best first. */
    public record EvaluationList(
            int year, String model, String modelLabel, int count, List<AgencyEvaluation.Result> agencies) {}

    /**
     * The evaluation of a year as published to everyone (Jiaxing 2016 opinion 十四): only the publication rules'
     * fields of each result, named by the rule files it was computed and published by.
     */
    public record PublishedEvaluation(
            int year,
            String model,
            String modelLabel,
            String rules,
            LocalDate on,
            int count,
            List<Map<String, Object>> agencies) {}

    private final Directory directory;
    private final AgencyRecords records;
    private final EnterpriseRecords enterprises;
    private final StreamHistory history;
    private final AgencyEvaluationRules rules;
    private final Clock clock;

    public AgencyProfiles(
            Directory directory,
            AgencyRecords records,
            EnterpriseRecords enterprises,
            StreamHistory history,
            AgencyEvaluationRules rules,
            Clock clock) {
        this.directory = directory;
        this.records = records;
        this.enterprises = enterprises;
        this.history = history;
        this.rules = rules;
        this.clock = clock;
    }

    /** By name or USCC, region (sub-regions included), service and status today. */
    public Page search(String q, String regionCode, String service, String status, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw size < 1 || size > 200
                    ? new InvalidInputException("range", "size", "1", "200", String.valueOf(size))
                    : new InvalidInputException("min", "page", "0", String.valueOf(page));
        }
        String needle = q == null ? "" : q.strip().toUpperCase(Locale.ROOT);
        LocalDate today = AsOf.validAt(null, clock);
        List<Summary> all = directory.agencies().stream()
                .filter(a -> needle.isEmpty()
                        || a.uscc().contains(needle)
                        || a.name().toUpperCase(Locale.ROOT).contains(needle))
                .filter(a -> regionCode == null || regionCode.isBlank() || Regions.isWithin(a.regionCode(), regionCode))
                .filter(a ->
                        service == null || service.isBlank() || a.services().contains(service))
                .map(a -> summary(a, today))
                .flatMap(Optional::stream)
                .filter(s -> status == null || status.isBlank() || status.equalsIgnoreCase(s.status()))
                .toList();
        int from = Math.min(page * size, all.size());
        return new Page(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    /**
     * The agency on {@code validAt} (default today, China time): profile, status with its reasons, the evaluation of
     * the year before, staff.
     */
    public Profile profile(String uscc, String validAt) {
        AgencyRecord record = record(uscc);
        LocalDate today = AsOf.validAt(validAt, clock);
        AgencyAssessor.Assessment assessment = AgencyAssessor.assess(record, today);
        List<Staff> staff = directory.employedAt(EmployerKind.AGENCY.name(), record.uscc(), today).stream()
                .map(p -> new Staff(
                        p.registrationNo(),
                        p.qualification(),
                        p.employmentOn(today).map(Directory.Employment::from).orElse(null)))
                .toList();
        return new Profile(
                record.uscc(),
                record.name(),
                record.services(),
                record.qualificationNo(),
                record.qualificationValidUntil(),
                record.regionCode(),
                record.address(),
                record.registeredOn(),
                today,
                assessment.status().name(),
                assessment.reasons(),
                evaluate(record, today.getYear() - 1).orElse(null),
                staff,
                record.lastPosition());
    }

    public History history(String uscc) {
        record(uscc);
        return new History(uscc, history.of(SubjectIds.agency(uscc), UnaryOperator.identity()));
    }

    /** Every service the agency rendered, newest first, with the client's name. */
    public List<ServiceRecord> services(String uscc) {
        return record(uscc).serviceRecords().values().stream()
                .map(s -> new ServiceRecord(
                        s.id(),
                        s.clientUscc(),
                        enterprises
                                .load(s.clientUscc())
                                .map(EnterpriseRecord::name)
                                .orElse(null),
                        s.serviceType(),
                        s.contractNo(),
                        s.from(),
                        s.to(),
                        s.reportNo(),
                        s.position()))
                .sorted(Comparator.comparingLong(ServiceRecord::position).reversed())
                .toList();
    }

    /**
     * The evaluation of {@code year} (default: last year, the latest complete one) for every agency registered by
     * its end, in a region if asked: rated agencies by score, then those not rated.
     */
    public EvaluationList evaluations(Integer year, String regionCode) {
        int evaluated = year == null ? AsOf.validAt(null, clock).getYear() - 1 : year;
        if (evaluated < 2000 || evaluated > 2100) {
            throw new InvalidInputException("range", "year", "2000", "2100", String.valueOf(evaluated));
        }
        List<AgencyEvaluation.Result> results = directory.agencies().stream()
                .filter(a -> regionCode == null || regionCode.isBlank() || Regions.isWithin(a.regionCode(), regionCode))
                .map(a -> records.load(a.uscc()).flatMap(r -> evaluate(r, evaluated)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((AgencyEvaluation.Result r) -> !r.rated())
                        .thenComparing(Comparator.comparingInt(AgencyEvaluation.Result::score)
                                .reversed())
                        .thenComparing(AgencyEvaluation.Result::uscc))
                .toList();
        return new EvaluationList(evaluated, rules.model(), rules.label(), results.size(), results);
    }

    /**
     * The public list of {@code year} (default: last year) on today's date: refused for a year the publication rules
     * do not publish today (the current year, not over yet, or one older than they keep).
     */
    public PublishedEvaluation published(Integer year) {
        LocalDate today = LedgerTime.today(clock);
        PublicationRules publication = PublicationRules.shipped();
        PublicationRules.AgencyEvaluation rule = publication.agencyEvaluation();
        int wanted = year == null ? rule.lastYear(today) : year;
        if (!rule.published(wanted, today)) {
            throw new NotFoundException(
                    "evaluation-not-published", "year", wanted, rule.firstYear(today), rule.lastYear(today));
        }
        EvaluationList list = evaluations(wanted, null);
        List<Map<String, Object>> agencies =
                list.agencies().stream().map(r -> rule.copy(view(r))).toList();
        return new PublishedEvaluation(
                wanted, list.model(), list.modelLabel(), publication.version(), today, agencies.size(), agencies);
    }

    /** A result as a map of its fields, for the publication rules to pick from. */
    private static Map<String, Object> view(AgencyEvaluation.Result r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("uscc", r.uscc());
        fields.put("name", r.name());
        fields.put("regionCode", r.regionCode());
        fields.put("rated", r.rated());
        fields.put("score", r.score());
        fields.put("grade", r.grade());
        fields.put("gradeLabel", r.gradeLabel());
        fields.put("basicManagement", aspect(r.basicManagement()));
        fields.put("serviceQuality", aspect(r.serviceQuality()));
        fields.put("practicePerformance", aspect(r.practicePerformance()));
        fields.put("reasons", r.reasons());
        return fields;
    }

    private static Map<String, Object> aspect(AgencyEvaluation.Aspect aspect) {
        if (aspect == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("label", aspect.label());
        fields.put("points", aspect.points());
        fields.put("score", aspect.score());
        fields.put("deductions", aspect.deductions());
        return fields;
    }

    private Optional<AgencyEvaluation.Result> evaluate(AgencyRecord record, int year) {
        int staff = directory
                .employedAt(EmployerKind.AGENCY.name(), record.uscc(), LocalDate.of(year, 12, 31))
                .size();
        return AgencyEvaluation.evaluate(record, year, staff, rules);
    }

    private Optional<Summary> summary(Directory.AgencyEntry entry, LocalDate today) {
        return records.load(entry.uscc()).map(record -> {
            AgencyAssessor.Assessment assessment = AgencyAssessor.assess(record, today);
            return new Summary(
                    record.uscc(),
                    record.name(),
                    record.regionCode(),
                    record.services(),
                    assessment.status().name(),
                    assessment.reasons());
        });
    }

    private AgencyRecord record(String uscc) {
        return records.load(uscc)
                .orElseThrow(() -> new NotFoundException("unknown-agency", "uscc", (Uscc.isValid(uscc) ? uscc : "?")));
    }
}
