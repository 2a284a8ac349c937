package org.sunlight.casework.internal.attachments;

import java.time.Instant;

/**
 * One stored attachment of a case: a row of {@code case_attachment}. Its bytes are in the file store
 * under their SHA-256 (two cases carrying the same file share the bytes, not the row).
 *
 * @param eventSeq   the case event the file came with, or null
 * @param fileName   sanitised, with an extension matching the content ({@link AttachmentPolicy#nameFor})
 * @param mediaType  sniffed from the content ({@link ContentSniffer}), never taken from the client
 * @param sha256     lower-case hex
 */
public record StoredAttachment(long id, long caseId, Integer eventSeq, String fileName, String mediaType,
        long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {

    public FileKind kind() {
        return FileKind.ofMediaType(mediaType);
    }
}
