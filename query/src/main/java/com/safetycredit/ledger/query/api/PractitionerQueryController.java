package com.safetycredit.ledger.query.api;

import com.safetycredit.ledger.query.person.PractitionerProfiles;
import com.safetycredit.ledger.query.person.PractitionerProfiles.Profile;
import com.safetycredit.ledger.query.person.PractitionerProfiles.Summary;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Practitioners: search by registration number, qualification or employer; one practitioner, never in clear. */
@RestController
public class PractitionerQueryController {

    private final PractitionerProfiles practitioners;

    public PractitionerQueryController(PractitionerProfiles practitioners) {
        this.practitioners = practitioners;
    }

    @GetMapping("/api/v1/practitioners")
    public List<Summary> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String qualification,
            @RequestParam(required = false) String employerUscc) {
        return practitioners.search(q, qualification, employerUscc);
    }

    @GetMapping("/api/v1/practitioners/{registrationNo}")
    public Profile profile(@PathVariable String registrationNo) {
        return practitioners.profile(registrationNo);
    }
}
