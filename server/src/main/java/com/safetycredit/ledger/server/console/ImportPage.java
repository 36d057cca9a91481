package com.safetycredit.ledger.server.console;

import com.safetycredit.ledger.command.application.RequestMetadata;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.query.export.Spreadsheet;
import com.safetycredit.ledger.server.imports.ImportController;
import com.safetycredit.ledger.server.imports.ImportKind;
import com.safetycredit.ledger.server.imports.ImportSheet;
import com.safetycredit.ledger.server.imports.Imports;
import com.safetycredit.ledger.server.web.Downloads;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Batch import in the console: download the template, upload the filled-in file for a dry run that shows every
 * row's result, then commit it all-or-nothing or row by row. The file waits in the clerk's session between the
 * dry run and the commit; every post ends in a redirect, so Back and Reload never send it twice.
 */
@ConsoleOnly
@Controller
public class ImportPage {

    private static final String FILE = "import.file";
    private static final String KIND = "import.kind";

    private final Imports imports;

    public ImportPage(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    public String page(Model model, HttpSession session) {
        model.addAttribute(
                "kinds",
                Arrays.stream(ImportKind.values()).map(ImportKind::code).toList());
        model.addAttribute("waiting", session.getAttribute(FILE) != null);
        model.addAttribute("waitingKind", session.getAttribute(KIND));
        return "import";
    }

    @GetMapping("/imports/template")
    public ResponseEntity<byte[]> template(@RequestParam String kind, Locale locale) {
        ImportKind chosen = ImportController.kind(kind);
        return Downloads.file(
                MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE),
                "import-" + chosen.code() + ".xlsx",
                ImportSheet.template(chosen, locale));
    }

    /** The dry run: every row checked, nothing written; the file is kept for the commit. */
    @PostMapping("/imports")
    public String dryRun(
            @RequestParam String kind,
            @RequestParam(required = false) MultipartFile file,
            RequestMetadata caller,
            Locale locale,
            HttpSession session,
            RedirectAttributes redirect) {
        ImportKind chosen = ImportController.kind(kind);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import-unreadable", "file");
        }
        byte[] bytes = bytes(file);
        redirect.addFlashAttribute("report", imports.run(chosen, bytes, true, true, caller, locale));
        session.setAttribute(FILE, bytes);
        session.setAttribute(KIND, chosen.code());
        return "redirect:/imports";
    }

    /** The commit of the file the dry run checked: {@code mode} {@code all} or {@code rows}. */
    @PostMapping("/imports/commit")
    public String commit(
            @RequestParam String mode,
            RequestMetadata caller,
            Locale locale,
            HttpSession session,
            RedirectAttributes redirect) {
        byte[] bytes = (byte[]) session.getAttribute(FILE);
        if (bytes == null) {
            return "redirect:/imports";
        }
        ImportKind kind = ImportController.kind((String) session.getAttribute(KIND));
        Imports.ImportReport report = imports.run(kind, bytes, false, !"rows".equals(mode), caller, locale);
        if (report.written() > 0 || report.refused() == 0) {
            session.removeAttribute(FILE);
            session.removeAttribute(KIND);
        }
        redirect.addFlashAttribute("report", report);
        return "redirect:/imports";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
