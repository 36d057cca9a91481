package com.safetycredit.ledger.rules.supervision;

import com.safetycredit.ledger.rules.credit.CreditAssessor;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.domain.Regions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The pool of a 双随机 draw: every enterprise of the region in the records given (the ledger up to the draw's
 * pool position), graded on the draw's day, weighted by the supervision plan, sorted by USCC. Its hash is what
 * the draw records, so anyone holding the ledger can rebuild the pool and check it.
 */
public final class DrawCandidates {

    /** One candidate: its grade on the day and how many times it appears in the shuffled list. */
    public record Candidate(String uscc, String grade, int weight) {}

    private DrawCandidates() {}

    public static List<Candidate> of(
            Collection<EnterpriseRecord> records,
            String regionCode,
            LocalDate day,
            CreditRules rules,
            SupervisionPlan plan) {
        List<Candidate> candidates = new ArrayList<>();
        for (EnterpriseRecord record : records) {
            if (inRegion(record, regionCode)) {
                String grade = CreditAssessor.assess(record, day, rules).grade().grade();
                int weight = plan.weight(grade, record.industry());
                if (weight > 0) {
                    candidates.add(new Candidate(record.uscc(), grade, weight));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::uscc));
        return List.copyOf(candidates);
    }

    /** Registered (as the records hold it) in the region or a region within it. */
    public static boolean inRegion(EnterpriseRecord record, String regionCode) {
        return record.registered()
                && (regionCode.equals(record.regionCode()) || Regions.isWithin(record.regionCode(), regionCode));
    }

    /** SHA-256 (hex) of the UTF-8 lines {@code uscc,grade,weight\n}, in the list's order (USCC order). */
    public static String hash(List<Candidate> candidates) {
        StringBuilder lines = new StringBuilder();
        candidates.forEach(c -> lines.append(c.uscc())
                .append(',')
                .append(c.grade())
                .append(',')
                .append(c.weight())
                .append('\n'));
        return sha256(lines.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
