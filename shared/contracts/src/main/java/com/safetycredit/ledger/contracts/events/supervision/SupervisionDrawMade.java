package com.safetycredit.ledger.contracts.events.supervision;

import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * A 双随机 draw of enterprises to inspect, recorded so anyone can re-run it: the pool is every enterprise of
 * {@code regionCode} as the ledger held it at {@code poolPosition}, graded on {@code drawnOn}, weighted by the
 * supervision plan {@code planId} revision {@code planRevision}; {@code candidatesHash} is the SHA-256 of the
 * candidate list ({@code uscc,grade,weight} lines in USCC order); the shuffle is driven by HMAC-SHA256 under
 * {@code seed}. {@code drawn} is the result, in draw order.
 *
 * @param roster               the inspectors drawn from (their enforcement certificate numbers, 执法证号), sorted;
 *                             empty when inspectors were not drawn
 * @param inspectorsPerEnterprise how many inspectors each drawn enterprise gets
 * @param inspectors         for each drawn enterprise, the inspectors drawn for it, in draw order
 */
@LedgerEvent(name = "SupervisionDrawMade", revision = 1)
public record SupervisionDrawMade(
        String drawId,
        int year,
        String period,
        String regionCode,
        LocalDate drawnOn,
        int count,
        String seed,
        String planId,
        int planRevision,
        long poolPosition,
        int candidateCount,
        String candidatesHash,
        List<String> drawn,
        List<String> roster,
        int inspectorsPerEnterprise,
        List<Assignment> inspectors) {

    /** The inspectors drawn for one enterprise. */
    public record Assignment(String uscc, List<String> inspectors) {
        public Assignment {
            inspectors = List.copyOf(inspectors);
        }
    }

    public SupervisionDrawMade {
        drawn = List.copyOf(drawn);
        roster = roster == null ? List.of() : List.copyOf(roster);
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
    }
}
