package com.safetycredit.ledger.rules.agency;

import com.safetycredit.ledger.contracts.events.agency.AgencyBlacklisted;
import com.safetycredit.ledger.contracts.events.agency.AgencyInterviewRecorded;
import com.safetycredit.ledger.contracts.events.agency.AgencyListingExpired;
import com.safetycredit.ledger.contracts.events.agency.AgencyPenaltyImposed;
import com.safetycredit.ledger.contracts.events.agency.AgencyQualityChecked;
import com.safetycredit.ledger.contracts.events.agency.AgencyRegistered;
import com.safetycredit.ledger.contracts.events.agency.AgencyServiceRecorded;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord.Listing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An intermediary agency's credit facts folded from its own stream, each with the ledger positions it rests on.
 * One fold for every rule that reads them — status, the yearly evaluation, listing grounds — on the server and in
 * the offline verifier alike.
 */
public final class AgencyRecord {

    public record Service(
            String id,
            String clientUscc,
            String serviceType,
            String contractNo,
            LocalDate from,
            LocalDate to,
            String reportNo,
            long position) {}

    public record QualityCheck(
            String id, LocalDate checkedOn, String result, String findings, String serviceId, long position) {}

    public record Interview(
            String id, String kind, LocalDate heldOn, String documentNo, String reason, long position) {}

    public record Penalty(
            String id,
            String decisionNo,
            LocalDate decidedOn,
            String violation,
            long fineYuan,
            boolean serious,
            String misconduct,
            long position) {}

    private String uscc;
    private String name;
    private List<String> services = List.of();
    private String qualificationNo;
    private LocalDate qualificationValidUntil;
    private String regionCode;
    private String address;
    private LocalDate registeredOn;
    private long registeredAt;
    private long lastPosition;
    private final Map<String, Service> serviceRecords = new LinkedHashMap<>();
    private final List<QualityCheck> checks = new ArrayList<>();
    private final List<Interview> interviews = new ArrayList<>();
    private final Map<String, Penalty> penalties = new LinkedHashMap<>();
    private final Map<String, Listing> listings = new LinkedHashMap<>();

    /** Applies one event of the agency's stream (in ledger order); events it does not know are ignored. */
    public AgencyRecord apply(Object event, long position) {
        lastPosition = Math.max(lastPosition, position);
        if (event instanceof AgencyRegistered e) {
            uscc = e.agencyUscc();
            name = e.name();
            services = e.services();
            qualificationNo = e.qualificationNo();
            qualificationValidUntil = e.qualificationValidUntil();
            regionCode = e.regionCode();
            address = e.address();
            registeredOn = e.registeredOn();
            registeredAt = position;
        } else if (event instanceof AgencyServiceRecorded e) {
            serviceRecords.put(
                    e.serviceId(),
                    new Service(
                            e.serviceId(),
                            e.clientUscc(),
                            e.serviceType(),
                            e.contractNo(),
                            e.from(),
                            e.to(),
                            e.reportNo(),
                            position));
        } else if (event instanceof AgencyQualityChecked e) {
            checks.add(new QualityCheck(e.checkId(), e.checkedOn(), e.result(), e.findings(), e.serviceId(), position));
        } else if (event instanceof AgencyInterviewRecorded e) {
            interviews.add(new Interview(e.interviewId(), e.kind(), e.heldOn(), e.documentNo(), e.reason(), position));
        } else if (event instanceof AgencyPenaltyImposed e) {
            penalties.put(
                    e.decisionNo(),
                    new Penalty(
                            e.penaltyId(),
                            e.decisionNo(),
                            e.decidedOn(),
                            e.violation(),
                            e.fineYuan(),
                            e.serious(),
                            e.misconduct(),
                            position));
        } else if (event instanceof AgencyBlacklisted e) {
            listings.put(
                    e.listingId(),
                    new Listing(
                            e.listingId(),
                            e.basis(),
                            e.regime(),
                            e.decidedOn(),
                            e.expiresOn(),
                            null,
                            false,
                            List.of(position),
                            null,
                            null));
        } else if (event instanceof AgencyListingExpired e) {
            listings.computeIfPresent(e.listingId(), (id, l) -> withPosition(l, position));
        }
        return this;
    }

    private static Listing withPosition(Listing l, long position) {
        List<Long> positions = new ArrayList<>(l.positions());
        positions.add(position);
        return new Listing(
                l.id(),
                l.basis(),
                l.regime(),
                l.decidedOn(),
                l.expiresOn(),
                l.endedOn(),
                l.revoked(),
                positions,
                null,
                null);
    }

    public boolean registered() {
        return uscc != null;
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public List<String> services() {
        return services;
    }

    public String qualificationNo() {
        return qualificationNo;
    }

    public LocalDate qualificationValidUntil() {
        return qualificationValidUntil;
    }

    public String regionCode() {
        return regionCode;
    }

    public String address() {
        return address;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    /** The position of the registration. */
    public long registeredAt() {
        return registeredAt;
    }

    public long lastPosition() {
        return lastPosition;
    }

    public Map<String, Service> serviceRecords() {
        return serviceRecords;
    }

    public List<QualityCheck> checks() {
        return checks;
    }

    public List<Interview> interviews() {
        return interviews;
    }

    /** By decision number. */
    public Map<String, Penalty> penalties() {
        return penalties;
    }

    public Map<String, Listing> listings() {
        return listings;
    }
}
