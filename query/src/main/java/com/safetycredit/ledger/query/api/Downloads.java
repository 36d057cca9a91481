package com.safetycredit.ledger.query.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to save — a list, a search, the award book — with its type and the name it is saved under. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> file(MediaType type, String fileName, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }
}
