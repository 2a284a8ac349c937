package org.sunlight.audit.internal;

/**
 * An entry in its place in the chain: sequence number, content, the previous entry's hash and its
 * own hash = SM3(prevHash ‖ canonical form of content), see {@link AuditCanonicalForm}.
 */
public record ChainedEntry(long seq, EntryContent content, String prevHash, String hash) {
}
