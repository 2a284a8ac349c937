package org.sunlight.casework.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.internal.CaseDocumentService;
import org.sunlight.casework.internal.attachments.AttachmentStore;
import org.sunlight.casework.internal.attachments.StoredAttachment;
import org.sunlight.casework.internal.CaseDocumentService.Kind;
import org.sunlight.common.NotFoundException;
import org.sunlight.identity.CurrentUser;

import java.nio.charset.StandardCharsets;

/** The case's PDF documents (受理通知书, 补正告知书, 决定书) and its attachments, for staff in scope and for the applicant. */
@RestController
class CaseDocumentsController {

    private final CaseDocumentService documents;
    private final CurrentUser currentUser;
    private final CaseQueries queries;
    private final AttachmentStore attachments;

    CaseDocumentsController(CaseDocumentService documents, CurrentUser currentUser, CaseQueries queries, AttachmentStore attachments) {
        this.documents = documents;
        this.currentUser = currentUser;
        this.queries = queries;
        this.attachments = attachments;
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

    /** An attachment of a case the caller may see, sent as a download with the type found in its content. */
    @GetMapping("/cases/{id}/attachments/{attachmentId}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) throws java.io.IOException {
        if (queries.find(currentUser.actor(), id).isEmpty()) {
            throw new NotFoundException("casework.error.not-found", id);
        }
        StoredAttachment a = attachments.find(attachmentId).filter(x -> x.caseId() == id)
                .orElseThrow(() -> new NotFoundException("casework.error.not-found", id));
        byte[] bytes;
        try (java.io.InputStream in = attachments.open(a)) {
            bytes = in.readAllBytes();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
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
