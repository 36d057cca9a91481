package com.safetycredit.ledger.server.security;

import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.validation.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: issue, list and revoke agency API keys. The key is in the answer to its issue, and nowhere else. */
@RestController
public class ApiKeyController {

    public record NewKey(@CleanText @NotBlank @Size(max = 200) String agency) {}

    private final ApiKeys keys;

    public ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/api/v1/admin/api-keys")
    public ResponseEntity<ApiKeys.Issued> issue(@Valid @RequestBody NewKey request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(keys.issue(request.agency()));
    }

    @GetMapping("/api/v1/admin/api-keys")
    public List<ApiKeys.Listed> list() {
        return keys.all();
    }

    @DeleteMapping("/api/v1/admin/api-keys/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!keys.revoke(id)) {
            throw new NotFoundException("unknown-api-key", "id", id);
        }
        return ResponseEntity.noContent().build();
    }
}
