package org.sunlight.audit.internal;

/** The audit tables could not be read or written (wraps the SQLException). */
public class AuditStorageException extends RuntimeException {

    public AuditStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
