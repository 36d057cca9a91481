package com.safetycredit.ledger.command.api;

import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.command.application.SupervisionDraws;
import com.safetycredit.ledger.command.application.SupervisionDraws.DrawRequest;
import com.safetycredit.ledger.command.application.SupervisionDraws.DrawView;
import com.safetycredit.ledger.command.application.Written;
import com.safetycredit.ledger.command.supervision.SupervisionDirectory.DrawSummary;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 双随机 draws: made (a reviewer's), listed, and read with their proof. */
@RestController
public class SupervisionDrawController {

    private final SupervisionDraws draws;

    public SupervisionDrawController(SupervisionDraws draws) {
        this.draws = draws;
    }

    @PostMapping("/api/v1/supervision/draws")
    public ResponseEntity<DrawView> draw(@Valid @RequestBody DrawRequest request, RequestMetadata caller) {
        Written written = draws.draw(caller, request);
        return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(draws.view(written.response().id()));
    }

    @GetMapping("/api/v1/supervision/draws/{drawId}")
    public DrawView draw(@PathVariable String drawId) {
        return draws.view(drawId);
    }

    @GetMapping("/api/v1/supervision/draws")
    public List<DrawSummary> draws(@RequestParam(required = false) Integer year) {
        return draws.draws(year);
    }
}
