package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.LevelOneResponseCalendar;
import com.safetycredit.ledger.command.application.LevelOneResponseCalendar.Period;
import com.safetycredit.ledger.command.application.LevelOneResponseCalendar.PeriodEnd;
import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.WriteResponse;
import com.safetycredit.ledger.rules.domain.LevelOneResponses;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The calendar of level-one emergency responses: an administrator enters and ends periods; staff read it. */
@RestController
public class LevelOneResponseController {

    private final LevelOneResponseCalendar calendar;

    public LevelOneResponseController(LevelOneResponseCalendar calendar) {
        this.calendar = calendar;
    }

    @PostMapping("/api/v1/emergency-responses")
    public ResponseEntity<WriteResponse> declare(@Valid @RequestBody Period request, RequestMetadata caller) {
        return Answers.of(calendar.declare(caller, request));
    }

    @PostMapping("/api/v1/emergency-responses/{periodId}/end")
    public ResponseEntity<WriteResponse> end(
            @PathVariable String periodId, @Valid @RequestBody PeriodEnd request, RequestMetadata caller) {
        return Answers.of(calendar.end(caller, periodId, request));
    }

    @GetMapping("/api/v1/emergency-responses")
    public List<LevelOneResponses.Period> periods() {
        return calendar.periods();
    }
}
