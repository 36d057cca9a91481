package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.Listings;
import com.safetycredit.ledger.command.application.Listings.EarlyRemoval;
import com.safetycredit.ledger.command.application.Listings.Listing;
import com.safetycredit.ledger.command.application.Listings.ListingRevocation;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Blacklistings: listing, early removal, revocation. */
@RestController
@RequestMapping("/api/v1/enterprises/{uscc}/listings")
public class ListingController {

    private final Listings listings;

    public ListingController(Listings listings) {
        this.listings = listings;
    }

    @PostMapping
    public ResponseEntity<WriteResponse> blacklist(
            @PathVariable String uscc, @Valid @RequestBody Listing request, RequestMetadata caller) {
        return Answers.of(listings.blacklist(caller, uscc, request));
    }

    @PostMapping("/{listingId}/early-removal")
    public ResponseEntity<WriteResponse> removeEarly(
            @PathVariable String uscc,
            @PathVariable String listingId,
            @Valid @RequestBody EarlyRemoval request,
            RequestMetadata caller) {
        return Answers.of(listings.removeEarly(caller, uscc, listingId, request));
    }

    @PostMapping("/{listingId}/revocation")
    public ResponseEntity<WriteResponse> revoke(
            @PathVariable String uscc,
            @PathVariable String listingId,
            @Valid @RequestBody ListingRevocation request,
            RequestMetadata caller) {
        return Answers.of(listings.revoke(caller, uscc, listingId, request));
    }
}
