package org.sunlight.casework.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.casework.internal.CaseDocumentService;
import org.sunlight.casework.internal.CaseDocumentService.Kind;
import org.sunlight.common.NotFoundException;
import org.sunlight.identity.CurrentUser;

import java.nio.charset.StandardCharsets;

/** The case's PDF documents, for staff in scope and for the applicant: 受理通知书, 补正告知书, 决定书. */
@RestController
class CaseDocumentsController {

    private final CaseDocumentService documents;
    private final CurrentUser currentUser;

    CaseDocumentsController(CaseDocumentService documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GetMapping("/cases/{id}/documents/acceptance-notice.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> acceptance(@PathVariable long id) {
        return pdf(id, Kind.ACCEPTANCE_NOTICE, "受理通知书");
    }

    @GetMapping("/cases/{id}/documents/supplement-notice.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> supplement(@PathVariable long id) {
        return pdf(id, Kind.SUPPLEMENT_NOTICE, "补正告知书");
    }

    @GetMapping("/cases/{id}/documents/decision.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> decision(@PathVariable long id) {
        return pdf(id, Kind.DECISION, "决定书");
    }

    private ResponseEntity<byte[]> pdf(long id, Kind kind, String name) {
        byte[] bytes = documents.render(currentUser.actor(), id, kind)
                .orElseThrow(() -> new NotFoundException("casework.error.not-found", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
