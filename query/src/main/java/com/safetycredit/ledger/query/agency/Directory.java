package com.safetycredit.ledger.query.agency;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Reads the directory of agencies and practitioners. Both collections are small (a city's agencies and their
 * staff) and read whole: the embedded MongoDB would scan a filtered query anyway.
 */
@Component
public class Directory {

    public record AgencyEntry(
            String uscc,
            String name,
            String regionCode,
            List<String> services,
            String qualificationNo,
            String registeredOn) {}

    /** Employed at {@code employerUscc} on [from, endedOn). */
    public record Employment(String id, String employerKind, String employerUscc, LocalDate from, LocalDate endedOn) {
        public boolean activeOn(LocalDate day) {
            return !day.isBefore(from) && (endedOn == null || day.isBefore(endedOn));
        }
    }

    /** A practitioner without any personal field: registration number, qualification, employments, erased. */
    public record PractitionerEntry(
            String registrationNo,
            String qualification,
            LocalDate qualifiedOn,
            List<Employment> employments,
            boolean erased) {
        public Optional<Employment> employmentOn(LocalDate day) {
            return employments.stream().filter(e -> e.activeOn(day)).findFirst();
        }
    }

    private final MongoCollection<Document> agencies;
    private final MongoCollection<Document> practitioners;

    public Directory(MongoDatabase database) {
        this.agencies = database.getCollection(DirectoryProjection.AGENCIES);
        this.practitioners = database.getCollection(DirectoryProjection.PRACTITIONERS);
    }

    /** Every agency, by USCC. */
    public List<AgencyEntry> agencies() {
        List<AgencyEntry> all = new ArrayList<>();
        for (Document d : agencies.find()) {
            all.add(new AgencyEntry(
                    d.getString("_id"),
                    d.getString("name"),
                    d.getString("regionCode"),
                    d.getList("services", String.class),
                    d.getString("qualificationNo"),
                    d.getString("registeredOn")));
        }
        all.sort(Comparator.comparing(AgencyEntry::uscc));
        return all;
    }

    /** Every practitioner, by registration number. */
    public List<PractitionerEntry> practitioners() {
        List<PractitionerEntry> all = new ArrayList<>();
        for (Document d : practitioners.find()) {
            all.add(entry(d));
        }
        all.sort(Comparator.comparing(PractitionerEntry::registrationNo));
        return all;
    }

    /** One practitioner by registration number, if on record. */
    public Optional<PractitionerEntry> practitioner(String registrationNo) {
        return Optional.ofNullable(
                        practitioners.find(Filters.eq("_id", registrationNo)).first())
                .map(Directory::entry);
    }

    /** Those employed at the enterprise or agency on {@code day}. */
    public List<PractitionerEntry> employedAt(String employerKind, String uscc, LocalDate day) {
        return practitioners().stream()
                .filter(p -> p.employments().stream()
                        .anyMatch(e -> e.employerKind().equals(employerKind)
                                && e.employerUscc().equals(uscc)
                                && e.activeOn(day)))
                .toList();
    }

    /** Those ever employed at the enterprise or agency. */
    public List<PractitionerEntry> everEmployedAt(String employerKind, String uscc) {
        return practitioners().stream()
                .filter(p -> p.employments().stream()
                        .anyMatch(e -> e.employerKind().equals(employerKind)
                                && e.employerUscc().equals(uscc)))
                .toList();
    }

    private static PractitionerEntry entry(Document d) {
        List<Employment> employments = new ArrayList<>();
        Document jobs = d.get("employments", Document.class);
        if (jobs != null) {
            for (Object value : jobs.values()) {
                Document job = (Document) value;
                employments.add(new Employment(
                        job.getString("id"),
                        job.getString("employerKind"),
                        job.getString("employerUscc"),
                        LocalDate.parse(job.getString("from")),
                        job.getString("endedOn") == null ? null : LocalDate.parse(job.getString("endedOn"))));
            }
        }
        employments.sort(Comparator.comparing(Employment::from));
        return new PractitionerEntry(
                d.getString("_id"),
                d.getString("qualification"),
                LocalDate.parse(d.getString("qualifiedOn")),
                List.copyOf(employments),
                Boolean.TRUE.equals(d.getBoolean("erased")));
    }
}
