package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.query.audit.LedgerAudit;
import com.safetycredit.ledger.query.audit.VerificationJobs;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * For auditors: the ledger head (position and hash to note down), a verification of the hash chain that runs
 * in the background with its progress on the page, and the NDJSON export for the offline verifier.
 */
@ConsoleOnly
@Controller
public class AuditPage {

    private final LedgerAudit audit;
    private final VerificationJobs verifications;

    public AuditPage(LedgerAudit audit, VerificationJobs verifications) {
        this.audit = audit;
        this.verifications = verifications;
    }

    @GetMapping("/audit")
    public String audit(@RequestParam(required = false) String job, Model model) {
        model.addAttribute("head", audit.head());
        if (job != null) {
            model.addAttribute("job", verifications.job(job));
        }
        return "audit";
    }

    @PostMapping("/audit/verifications")
    public String verify(@RequestParam(defaultValue = "1") long from, @RequestParam(required = false) Long to) {
        return "redirect:/audit?job=" + verifications.start(from, to, null).id();
    }

    /** The job's progress for the page's script. */
    @GetMapping("/audit/verifications/{id}")
    @ResponseBody
    public VerificationJobs.Job job(@PathVariable String id) {
        return verifications.job(id);
    }

    @GetMapping("/audit/export")
    public ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "1") long from, @RequestParam(required = false) Long to) {
        long end = audit.range(from, to);
        StreamingResponseBody body = output -> audit.export(from, end, output);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(LedgerAudit.EXPORT_TYPE))
                .header("Content-Disposition", "attachment; filename=\"" + LedgerAudit.exportFileName(from, end) + "\"")
                .body(body);
    }
}
