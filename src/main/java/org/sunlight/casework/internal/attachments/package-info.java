/**
 * Attachments of cases: {@link org.sunlight.casework.internal.attachments.ContentSniffer} tells a file's
 * kind from its bytes, {@link org.sunlight.casework.internal.attachments.AttachmentPolicy} holds the limits
 * and the naming rules, {@link org.sunlight.casework.internal.attachments.AttachmentStore} keeps the bytes
 * (content-addressed by SHA-256) and the {@code case_attachment} rows, all or nothing per request.
 */
package org.sunlight.casework.internal.attachments;
