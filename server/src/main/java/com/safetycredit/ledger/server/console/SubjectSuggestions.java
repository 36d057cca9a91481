package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.agency.Directory;
import com.safetycredit.ledger.query.profile.EnterpriseProfiles;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's enterprises and agencies found by part of their name or code, for a field that names a client or
 * an employer: offered while the clerk types (the form's script asks here), so that a code is chosen by the name
 * a clerk knows instead of being copied from elsewhere. A subject the ledger does not hold can still be typed.
 */
@ConsoleOnly
@RestController
public class SubjectSuggestions {

    /** What a clerk can read in a list while typing. */
    static final int MOST = 12;

    /** One subject: the code the field takes and what the list shows. */
    public record Suggestion(String value, String label) {}

    private final EnterpriseProfiles enterprises;
    private final EnterpriseRecords records;
    private final Directory directory;
    private final ConsoleLabels labels;

    public SubjectSuggestions(
            EnterpriseProfiles enterprises, EnterpriseRecords records, Directory directory, ConsoleLabels labels) {
        this.enterprises = enterprises;
        this.records = records;
        this.directory = directory;
        this.labels = labels;
    }

    /** Enterprises, then agencies, whose name or USCC holds {@code q} (two characters at least). */
    @GetMapping("/suggest/subjects")
    public List<Suggestion> find(@RequestParam(required = false) String q) {
        String needle = q == null ? "" : q.strip();
        if (needle.length() < 2) {
            return List.of();
        }
        List<Suggestion> found = new ArrayList<>();
        enterprises
                .search(needle, null, null, null, 0, MOST)
                .items()
                .forEach(p -> found.add(
                        new Suggestion(p.uscc(), p.name() + " · " + labels.region(p.regionCode()) + " · " + p.uscc())));
        String upper = needle.toUpperCase(Locale.ROOT);
        directory.agencies().stream()
                .filter(a -> a.uscc().contains(upper)
                        || (a.name() != null && a.name().contains(needle)))
                .limit(MOST)
                .forEach(a -> found.add(new Suggestion(
                        a.uscc(), a.name() + " · " + labels.label("enum.EmployerKind", "AGENCY") + " · " + a.uscc())));
        return found.size() > MOST ? found.subList(0, MOST) : found;
    }

    /** The name the ledger knows for an enterprise or agency. */
    Optional<String> name(String uscc) {
        return records.load(uscc).map(EnterpriseRecord::name).or(() -> directory.agencies().stream()
                .filter(a -> a.uscc().equals(uscc))
                .map(Directory.AgencyEntry::name)
                .findFirst());
    }
}
