package com.safetycredit.ledger.query.supervision;

import com.safetycredit.ledger.query.profile.AsOf;
import com.safetycredit.ledger.query.profile.ProfileQueries;
import com.safetycredit.ledger.query.profile.ProfileSummary;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.credit.SupervisionFacts.Hazard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The major hidden dangers open on a day (not yet rectified and verified, 销号), the overdue ones first: what a
 * bureau must see without asking for it (RULES.md §9). The profiles say who is registered in the region; each
 * one's own record says which dangers are open.
 */
@Component
public class MajorHazards {

    /**
     * @param overdue the day is past its deadline and it is still open
     * @param positions the events it rests on
     */
    public record OpenHazard(
            String uscc,
            String name,
            String regionCode,
            String hazardId,
            LocalDate foundOn,
            String description,
            String supervisionNo,
            LocalDate deadline,
            boolean overdue,
            List<Long> positions) {}

    public record OpenHazards(LocalDate validAt, int count, int overdue, List<OpenHazard> hazards) {}

    private final ProfileQueries profiles;
    private final EnterpriseRecords records;
    private final Clock clock;

    public MajorHazards(ProfileQueries profiles, EnterpriseRecords records, Clock clock) {
        this.profiles = profiles;
        this.records = records;
        this.clock = clock;
    }

    public OpenHazards on(String validAt, String regionCode) {
        LocalDate day = AsOf.validAt(validAt, clock);
        List<OpenHazard> open = profiles.find(day, ProfileQueries.inRegion(regionCode)).stream()
                .flatMap(profile -> openOf(profile, day))
                .sorted(Comparator.comparing(OpenHazard::overdue)
                        .reversed()
                        .thenComparing(OpenHazard::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OpenHazard::uscc))
                .toList();
        int overdue = (int) open.stream().filter(OpenHazard::overdue).count();
        return new OpenHazards(day, open.size(), overdue, open);
    }

    private Stream<OpenHazard> openOf(ProfileSummary profile, LocalDate day) {
        return records.load(profile.uscc()).stream()
                .flatMap(record -> record.supervision().hazards().values().stream())
                .filter(h -> h.major() && h.openOn(day))
                .map(h -> open(profile, h, day));
    }

    private static OpenHazard open(ProfileSummary profile, Hazard h, LocalDate day) {
        return new OpenHazard(
                profile.uscc(),
                profile.name(),
                profile.regionCode(),
                h.id(),
                h.foundOn(),
                h.description(),
                h.supervisionNo(),
                h.deadline(),
                h.overdueOn(day),
                h.positions());
    }
}
