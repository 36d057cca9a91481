package com.safetycredit.ledger.rules.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.rules.domain.AccidentGates.Gate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Whether the ledger's facts support a listing's basis (RULES.md §3, 应急管理部令第11号 第六条): the one place
 * that decides it, so the listing decision and any step before it (a notice) ask the same question. What each
 * basis needs is {@code rules/listing-grounds.json}; the accidents it counts are {@link AccidentGates}'.
 *
 * <p>A basis whose fact the ledger records (an accident, a reporting violation, a permit violation, the serious
 * penalty) is refused, naming the missing fact, until the fact is on record. A basis whose fact lives outside
 * the ledger (5: the principal's conduct at an accident; 8: refusing to execute a penalty) needs a reviewer's
 * override with a reason, recorded in the event. Basis 7 is for assessment and testing agencies only.
 */
public final class ListingGrounds {

    /** An accident as the grounds see it; {@code reportingViolations} holds the kinds found, with their dates. */
    public record AccidentFact(
            String id,
            String category,
            String grade,
            LocalDate occurredOn,
            boolean retracted,
            Map<String, LocalDate> reportingViolations) {}

    /** The penalty the listing rests on. */
    public record PenaltyFact(
            String id, String decisionNo, LocalDate decidedOn, long fineYuan, String permitViolation) {}

    /** The agency's penalty a listing rests on; {@code misconduct} an {@link AgencyMisconduct} code or {@code null}. */
    public record AgencyPenaltyFact(String id, String decisionNo, String misconduct) {}

    /** What the listing rests on: the facts of the ledger, or the reviewer's reason for a fact outside it. */
    public record Grounds(List<String> factIds, String overrideReason) {}

    private static final List<String> MAJOR = List.of("MAJOR", "EXTRAORDINARY");
    private static final List<String> LARGE_OR_GRAVER = List.of("LARGE", "MAJOR", "EXTRAORDINARY");
    private static final JsonNode RULES = read();

    private ListingGrounds() {}

    /** The grounds of a listing under {@code basis}, or a refusal naming what is missing. */
    public static Grounds check(
            int basis, PenaltyFact penalty, Collection<AccidentFact> accidents, String overrideReason) {
        String needs = needs(basis);
        boolean override = overrideReason != null && !overrideReason.isBlank();
        if (needs.equals("AGENCY_ONLY")) {
            throw new InvalidInputException("agency-only-basis", "basis", basis(7));
        }
        if (needs.equals("REVIEWER_OVERRIDE")) {
            if (!override) {
                throw new ConflictException("grounds-override-required", "groundsOverride.reason", basis(basis));
            }
            return new Grounds(List.of(), overrideReason.strip());
        }
        if (override) {
            throw new ConflictException("grounds-override-not-allowed", "groundsOverride.reason", basis(basis));
        }
        List<String> facts = facts(needs, penalty, countable(accidents, penalty.decidedOn()));
        if (facts.isEmpty()) {
            throw missing(basis, needs, penalty);
        }
        return new Grounds(facts, null);
    }

    /**
     * Whether {@code basis} is the conduct of the enterprise's principal (basis 5, {@code "names": "PRINCIPAL"}):
     * then a notice or listing must name that person, and no other basis may name one.
     */
    public static void checkPrincipalNamed(int basis, String principalRegistrationNo) {
        boolean named = principalRegistrationNo != null && !principalRegistrationNo.isBlank();
        boolean needed = namesPrincipal(basis);
        if (needed && !named) {
            throw new InvalidInputException("principal-required", "principalRegistrationNo", basis(basis));
        }
        if (!needed && named) {
            throw new InvalidInputException("principal-not-allowed", "principalRegistrationNo", basis(basis));
        }
    }

    /** Whether the basis is a principal's conduct (rules/listing-grounds.json, revision 3). */
    public static boolean namesPrincipal(int basis) {
        needs(basis); // 1 to 9, or a 400
        return "PRINCIPAL"
                .equals(RULES.get("bases")
                        .get(Integer.toString(basis))
                        .path("names")
                        .asText(null));
    }

    /**
     * The grounds of an agency's listing under {@code basis} (revision 2 of the rule file, {@code agencyBases}): 7 on
     * the penalty's misconduct, 8 on the reviewer's reason, 9 on the serious penalty itself; 1–6 are refused.
     */
    public static Grounds checkForAgency(int basis, AgencyPenaltyFact penalty, String overrideReason) {
        needs(basis); // 1 to 9, or a 400
        JsonNode entry = RULES.get("agencyBases").get(Integer.toString(basis));
        if (entry == null) {
            throw new InvalidInputException("enterprise-only-basis", "basis", basis(basis));
        }
        String needs = entry.get("needs").asText();
        boolean override = overrideReason != null && !overrideReason.isBlank();
        if (needs.equals("REVIEWER_OVERRIDE")) {
            return check(basis, null, List.of(), overrideReason);
        }
        if (override) {
            throw new ConflictException("grounds-override-not-allowed", "groundsOverride.reason", basis(basis));
        }
        if (needs.equals("AGENCY_MISCONDUCT") && penalty.misconduct() == null) {
            throw new ConflictException(
                    "listing-grounds-missing",
                    "basis",
                    basis(7),
                    new LedgerProblem.Label("listingNeeds", needs),
                    penalty.decisionNo());
        }
        return new Grounds(List.of(penalty.id()), null);
    }

    /** The ids of the facts that meet {@code needs}; empty when they are missing. */
    private static List<String> facts(String needs, PenaltyFact penalty, List<AccidentFact> accidents) {
        return switch (needs) {
            case "MAJOR_ACCIDENT" -> ids(
                    accidents.stream().filter(a -> MAJOR.contains(a.grade())).toList());
            case "TWO_LARGE_ACCIDENTS_WITHIN_12_MONTHS" -> twoLargeWithin12Months(accidents);
            case "ACCIDENT_FINE_MULTIPLIED" -> ids(accidents.stream()
                    .filter(a -> penalty.fineYuan() >= multipliedMinimum(a.grade()))
                    .toList());
            case "CONCEALED_OR_FALSE_REPORT" -> ids(accidents.stream()
                    .filter(a -> concealedOrFalse(a, penalty.decidedOn()))
                    .toList());
            case "PERMIT_VIOLATION" -> penalty.permitViolation() == null ? List.of() : List.of(penalty.id());
            case "SERIOUS_PENALTY" -> List.of(penalty.id());
            default -> throw new IllegalStateException("Unknown need " + needs + " in rules/listing-grounds.json");
        };
    }

    /** Production-safety accidents on record, not retracted, that happened by the day of the penalty. */
    private static List<AccidentFact> countable(Collection<AccidentFact> accidents, LocalDate penalized) {
        return accidents.stream()
                .filter(a -> !a.retracted() && AccidentGates.counts(Gate.LISTING_GROUNDS, a.category()))
                .filter(a -> !a.occurredOn().isAfter(penalized))
                .sorted(Comparator.comparing(AccidentFact::occurredOn).thenComparing(AccidentFact::id))
                .toList();
    }

    /**
     * "12个月内累计发生2起以上较大生产安全事故": the latest group of 较大-or-graver accidents whose earliest is
     * within 12 months of its latest (a calendar window, {@link CalendarWindow}).
     */
    private static List<String> twoLargeWithin12Months(List<AccidentFact> accidents) {
        List<AccidentFact> large = accidents.stream()
                .filter(a -> LARGE_OR_GRAVER.contains(a.grade()))
                .toList();
        for (int last = large.size() - 1; last > 0; last--) {
            LocalDate latest = large.get(last).occurredOn();
            List<AccidentFact> group = large.subList(0, last + 1).stream()
                    .filter(a -> CalendarWindow.within(a.occurredOn(), latest, CalendarWindow.TWELVE_MONTHS))
                    .toList();
            if (group.size() >= 2) {
                return ids(group);
            }
        }
        return List.of();
    }

    private static boolean concealedOrFalse(AccidentFact accident, LocalDate penalized) {
        return accident.reportingViolations().entrySet().stream()
                .anyMatch(found -> ReportingViolation.valueOf(found.getKey()).groundsListingBasis4()
                        && !found.getValue().isAfter(penalized));
    }

    private static long multipliedMinimum(String grade) {
        JsonNode rule = RULES.get("accidentFineMultiplied");
        return rule.get("minimumFineYuanByGrade").get(grade).asLong()
                * rule.get("factor").asLong();
    }

    /** What is missing is named by the catalogue's {@code listingNeeds.<need>}; basis 6 also names the penalty. */
    private static ConflictException missing(int basis, String needs, PenaltyFact penalty) {
        return new ConflictException(
                "listing-grounds-missing",
                "basis",
                basis(basis),
                new LedgerProblem.Label("listingNeeds", needs),
                penalty.decisionNo());
    }

    /** A basis as a refusal names it: its number and its words. */
    private static LedgerProblem.Label basis(int basis) {
        return new LedgerProblem.Label("listing.basis", Integer.toString(basis));
    }

    private static List<String> ids(List<AccidentFact> accidents) {
        return accidents.stream().map(AccidentFact::id).toList();
    }

    private static String needs(int basis) {
        JsonNode entry = RULES.get("bases").get(Integer.toString(basis));
        if (entry == null) {
            // the code main has always answered (one-of), explained by a line of its own
            throw new InvalidInputException("one-of", "basis", Integer.toString(basis)).explainedAs("basis");
        }
        return entry.get("needs").asText();
    }

    /** The basis as 11号令 names it. */
    public static String label(int basis) {
        JsonNode entry = RULES.get("bases").get(Integer.toString(basis));
        return entry == null ? Integer.toString(basis) : entry.get("label").asText();
    }

    private static JsonNode read() {
        try (InputStream in = ListingGrounds.class.getClassLoader().getResourceAsStream("rules/listing-grounds.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing rule set rules/listing-grounds.json");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable rule set rules/listing-grounds.json", e);
        }
    }
}
