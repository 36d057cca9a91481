package com.safetycredit.ledger.rules.credit;

import com.safetycredit.ledger.rules.credit.CreditAssessment.Deduction;
import com.safetycredit.ledger.rules.credit.CreditAssessment.Grade;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Accident;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Certification;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Penalty;
import com.safetycredit.ledger.rules.domain.AccidentGates;
import com.safetycredit.ledger.rules.domain.AccidentGates.Gate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Small questions every credit rule asks of a record, answered once. */
final class Facts {

    private static final List<String> GRAVE_GRADES = List.of("LARGE", "MAJOR", "EXTRAORDINARY");

    private Facts() {}

    /** The highest standardization level valid on the day (一级 is "1", the smallest). */
    static Optional<Certification> bestStandardization(EnterpriseRecord record, LocalDate v) {
        Certification best = null; // the first of equal levels, as a stream's min keeps it
        for (Certification c : record.certifications().values()) {
            if (c.type().equals("STANDARDIZATION")
                    && c.level() != null
                    && c.validOn(v)
                    && (best == null || c.level().compareTo(best.level()) < 0)) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean counted(Accident accident, Gate gate) {
        return !accident.retracted() && AccidentGates.counts(gate, accident.category());
    }

    /** 较大 or graver. */
    static boolean grave(Accident accident) {
        return GRAVE_GRADES.contains(accident.grade());
    }

    /** {@code day} in {@code (exclusiveFrom, inclusiveTo]}. */
    static boolean within(LocalDate day, LocalDate exclusiveFrom, LocalDate inclusiveTo) {
        return day.isAfter(exclusiveFrom) && !day.isAfter(inclusiveTo);
    }

    static List<Penalty> penaltiesWithin(EnterpriseRecord record, LocalDate exclusiveFrom, LocalDate inclusiveTo) {
        List<Penalty> within = new ArrayList<>();
        for (Penalty p : record.penalties().values()) {
            if (within(p.decidedOn(), exclusiveFrom, inclusiveTo)) {
                within.add(p);
            }
        }
        return Collections.unmodifiableList(within);
    }

    /** A grade with its explanation, or with the letter and score alone when {@code explain} is false. */
    static Grade grade(
            String letter,
            int score,
            Grading model,
            List<Evidence> inputs,
            List<Deduction> deductions,
            List<Evidence> caps,
            boolean explain) {
        if (!explain) {
            return new Grade(letter, score, model.reference(), model.label(), List.of(), List.of(), List.of());
        }
        List<Evidence> reasons = new ArrayList<>(inputs);
        deductions.forEach(d -> reasons.add(new Evidence(d.code(), d.message(), d.positions())));
        reasons.addAll(caps);
        return new Grade(
                letter,
                score,
                model.reference(),
                model.label(),
                List.copyOf(reasons),
                List.copyOf(inputs),
                List.copyOf(deductions));
    }
}
