package com.safetycredit.ledger.rules.supervision;

import com.safetycredit.ledger.contracts.events.supervision.SupervisionDrawMade;
import com.safetycredit.ledger.contracts.events.supervision.SupervisionDrawMade.Assignment;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.supervision.DrawCandidates.Candidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A recorded draw re-run: the pool rebuilt from the ledger up to the draw's pool position, its hash compared with
 * the recorded one, and the shuffle run again with the recorded seed. The server shows it with every draw, the
 * offline verifier runs it on an export: the same code, so a difference means different facts.
 */
public record DrawProof(
        String drawId,
        List<Candidate> candidates,
        String candidatesHash,
        boolean candidatesMatch,
        List<String> drawn,
        boolean drawnMatches,
        List<Assignment> inspectors,
        boolean inspectorsMatch) {

    public boolean ok() {
        return candidatesMatch && drawnMatches && inspectorsMatch;
    }

    /** @param records every enterprise's record as the ledger held it at the draw's pool position */
    public static DrawProof of(
            SupervisionDrawMade draw, Collection<EnterpriseRecord> records, CreditRules rules, SupervisionPlan plan) {
        List<Candidate> candidates = DrawCandidates.of(records, draw.regionCode(), draw.drawnOn(), rules, plan);
        String hash = DrawCandidates.hash(candidates);
        List<String> drawn = WeightedDraw.draw(candidates, draw.seed(), draw.count());
        List<Assignment> inspectors = assign(draw.roster(), draw.seed(), drawn, draw.inspectorsPerEnterprise());
        return new DrawProof(
                draw.drawId(),
                candidates,
                hash,
                hash.equals(draw.candidatesHash()) && candidates.size() == draw.candidateCount(),
                drawn,
                drawn.equals(draw.drawn()),
                inspectors,
                inspectors.equals(draw.inspectors()));
    }

    /** The inspectors for each drawn enterprise, or none without a roster. */
    public static List<Assignment> assign(
            List<String> sortedRoster, String seed, List<String> drawn, int perEnterprise) {
        if (sortedRoster.isEmpty() || perEnterprise <= 0) {
            return List.of();
        }
        List<List<String>> picked = WeightedDraw.inspectors(sortedRoster, seed, drawn.size(), perEnterprise);
        List<Assignment> assignments = new ArrayList<>();
        for (int k = 0; k < drawn.size(); k++) {
            assignments.add(new Assignment(drawn.get(k), picked.get(k)));
        }
        return List.copyOf(assignments);
    }
}
