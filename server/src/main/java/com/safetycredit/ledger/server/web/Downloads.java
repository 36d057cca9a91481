package com.safetycredit.ledger.server.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to save — a list, a report, a template — with its type and the name it is saved under. */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<byte[]> file(MediaType type, String fileName, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }
}
