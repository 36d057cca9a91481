package com.safetycredit.ledger.server.bench;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.StatusTimeline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * The cost of one enterprise's status timeline as its history grows, on the benchmark's workload: the
 * profile projection recomputes it for every enterprise an event changes.
 * {@code -Dtimeline.events} (300,000) of the workload over {@code -Dtimeline.enterprises} (3,000): up to ~100
 * events per enterprise, as at 1,000,000 events over 10,000. Prints the mean cost of one timeline by the
 * number of the enterprise's facts, measured over the second half of the events.
 *
 * <pre>./mvnw -q -Pbenchmark -pl server -am verify -DskipTests -Dbenchmark.main=com.safetycredit.ledger.server.bench.TimelineCost</pre>
 */
public final class TimelineCost {

    public static void main(String[] args) {
        long events = Long.getLong("timeline.events", 300_000);
        int enterprises = Integer.getInteger("timeline.enterprises", 3_000);
        WorkloadEvents workload = new WorkloadEvents(8, enterprises);
        CreditRules rules = CreditRules.shipped();
        Map<String, EnterpriseRecord> records = new HashMap<>();
        Map<String, Integer> facts = new HashMap<>();
        long position = 0;
        long[] nanosByBucket = new long[20];
        long[] countByBucket = new long[20];
        long[] intervalsByBucket = new long[20];
        long[] reasonsByBucket = new long[20];
        for (List<EventMessage<?>> commit : workload.nextCommits(events)) {
            for (EventMessage<?> event : commit) {
                position++;
                if (event.getPayload() instanceof EnterpriseFact fact
                        && event instanceof DomainEventMessage<?> d
                        && d.getAggregateIdentifier().equals(fact.uscc())) {
                    EnterpriseRecord record = records.computeIfAbsent(fact.uscc(), u -> new EnterpriseRecord())
                            .apply(fact, position);
                    int n = facts.merge(fact.uscc(), 1, Integer::sum);
                    if (position > events / 2) { // warm
                        long start = System.nanoTime();
                        List<StatusTimeline.Interval> timeline = StatusTimeline.of(record, rules);
                        int bucket = Math.min(19, n / 10);
                        nanosByBucket[bucket] += System.nanoTime() - start;
                        countByBucket[bucket]++;
                        intervalsByBucket[bucket] += timeline.size();
                        reasonsByBucket[bucket] += timeline.stream()
                                .mapToInt(i -> i.reasons().size())
                                .sum();
                    }
                }
            }
        }
        workload.stop();
        System.out.println("facts\ttimelines\tms each\tintervals\treasons");
        for (int b = 0; b < 20; b++) {
            if (countByBucket[b] > 0) {
                System.out.printf(
                        "%d-%d\t%d\t%.3f\t%.1f\t%.1f%n",
                        b * 10,
                        b * 10 + 9,
                        countByBucket[b],
                        nanosByBucket[b] / 1e6 / countByBucket[b],
                        (double) intervalsByBucket[b] / countByBucket[b],
                        (double) reasonsByBucket[b] / countByBucket[b]);
            }
        }
    }
}
