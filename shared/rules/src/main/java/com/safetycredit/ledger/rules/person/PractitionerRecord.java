package com.safetycredit.ledger.rules.person;

import com.safetycredit.ledger.contracts.events.practitioner.PersonalDataErased;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentEnded;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerEmploymentStarted;
import com.safetycredit.ledger.contracts.events.practitioner.PractitionerRegistered;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A practitioner folded from their own stream: qualification, where they were employed when, and their personal
 * fields as the sealed values the ledger holds — never in clear; the key collection opens them, the rules never do.
 */
public final class PractitionerRecord {

    /** Employed at {@code employerUscc} on {@code [from, endedOn)}; {@code endedOn} {@code null} while it runs. */
    public record Employment(
            String id,
            String employerKind,
            String employerUscc,
            LocalDate from,
            LocalDate endedOn,
            List<Long> positions) {
        public boolean activeOn(LocalDate day) {
            return !day.isBefore(from) && (endedOn == null || day.isBefore(endedOn));
        }
    }

    /** The erasure: when, on which request, which fields. */
    public record Erasure(LocalDate erasedOn, String requestNo, List<String> fields, long position) {}

    private String registrationNo;
    private String qualification;
    private LocalDate qualifiedOn;
    private String sealedName;
    private String sealedIdNumber;
    private long registeredAt;
    private long lastPosition;
    private Erasure erasure;
    private final Map<String, Employment> employments = new LinkedHashMap<>();

    /** Applies one event of the person's stream (in ledger order); events it does not know are ignored. */
    public PractitionerRecord apply(Object event, long position) {
        lastPosition = Math.max(lastPosition, position);
        if (event instanceof PractitionerRegistered e) {
            registrationNo = e.registrationNo();
            qualification = e.qualification();
            qualifiedOn = e.qualifiedOn();
            sealedName = e.name();
            sealedIdNumber = e.idNumber();
            registeredAt = position;
        } else if (event instanceof PractitionerEmploymentStarted e) {
            employments.put(
                    e.employmentId(),
                    new Employment(
                            e.employmentId(), e.employerKind(), e.employerUscc(), e.from(), null, List.of(position)));
        } else if (event instanceof PractitionerEmploymentEnded e) {
            employments.computeIfPresent(e.employmentId(), (id, job) -> {
                List<Long> positions = new ArrayList<>(job.positions());
                positions.add(position);
                return new Employment(
                        id, job.employerKind(), job.employerUscc(), job.from(), e.endedOn(), List.copyOf(positions));
            });
        } else if (event instanceof PersonalDataErased e) {
            erasure = new Erasure(e.erasedOn(), e.requestNo(), e.fields(), position);
        }
        return this;
    }

    public boolean registered() {
        return registrationNo != null;
    }

    public String registrationNo() {
        return registrationNo;
    }

    public String qualification() {
        return qualification;
    }

    public LocalDate qualifiedOn() {
        return qualifiedOn;
    }

    /** The name as stored: a sealed value. */
    public String sealedName() {
        return sealedName;
    }

    /** The identity number as stored: a sealed value. */
    public String sealedIdNumber() {
        return sealedIdNumber;
    }

    public long registeredAt() {
        return registeredAt;
    }

    public long lastPosition() {
        return lastPosition;
    }

    public Optional<Erasure> erasure() {
        return Optional.ofNullable(erasure);
    }

    public Map<String, Employment> employments() {
        return employments;
    }

    /** Where the person was employed on {@code day}, if anywhere. */
    public Optional<Employment> employmentOn(LocalDate day) {
        return employments.values().stream().filter(e -> e.activeOn(day)).findFirst();
    }
}
